import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { authApi } from '@/features/auth/api'
import { useSession } from '@/features/auth/composables/use-session'
import { i18n, setLocale } from '@/shared/i18n'
import { jsonResponse, stubFetch } from '@/shared/test-support'
import AppHeader from './app-header.vue'

const page = { template: '<p />' }
const names = ['requests', 'my-tasks', 'department-tasks', 'stock-balances', 'proc-plan', 'logistics-shipments', 'figures', 'settings-sla', 'login']

async function mountAs(roles: string[]) {
  stubFetch(() => jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 't' }))
  vi.spyOn(authApi, 'login').mockResolvedValue({ username: 'u', displayName: 'Анна Петрова', roles, locale: 'ru' })
  await useSession().login('u', 'p')
  const router = createRouter({
    history: createMemoryHistory(),
    routes: names.map((name) => ({ path: `/${name}`, name, component: page })),
  })
  await router.push('/requests')
  const wrapper = mount(AppHeader, {
    global: { plugins: [i18n, router], stubs: { NotificationBell: true } },
    attachTo: document.body,
  })
  await flushPromises()
  const links = () => wrapper.findAll('[data-test^="nav-"]').map((link) => link.attributes('data-test'))
  return { wrapper, links }
}

describe('app-header', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => {
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  it('gives an administrator every section in the bar and «Настройки» in the user menu', async () => {
    const { wrapper, links } = await mountAs(['ADMIN'])
    expect(links()).toEqual(['nav-requests', 'nav-my-tasks', 'nav-departments', 'nav-stock', 'nav-procurement', 'nav-logistics', 'nav-figures'])
    await wrapper.get('[data-test="user-menu"]').trigger('click')
    expect(links()).toContain('nav-settings')
    expect(wrapper.get('[data-test="user-menu-panel"]').find('[data-test="nav-settings"]').exists()).toBe(true)
  })

  it('gives an engineer his sections, without figures or settings anywhere', async () => {
    const { wrapper, links } = await mountAs(['ENGINEER'])
    expect(links()).toEqual(['nav-requests', 'nav-my-tasks', 'nav-departments', 'nav-stock', 'nav-procurement', 'nav-logistics'])
    await wrapper.get('[data-test="user-menu"]').trigger('click')
    expect(links()).not.toContain('nav-settings')
    expect(links()).not.toContain('nav-figures')
  })
})
