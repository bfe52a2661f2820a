import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { authApi } from '@/features/auth/api'
import { useSession } from '@/features/auth/composables/use-session'
import { i18n, setLocale } from '@/shared/i18n'
import { jsonResponse, stubFetch } from '@/shared/test-support'
import UserMenu from './user-menu.vue'

const page = { template: '<p />' }

async function mountAs(roles: string[]) {
  stubFetch(() => jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 't' }))
  vi.spyOn(authApi, 'login').mockResolvedValue({ username: 'admin', displayName: 'Администратор Системы', roles, locale: 'ru' })
  await useSession().login('admin', 'p')
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'requests', component: page },
      { path: '/login', name: 'login', component: page },
      { path: '/settings/sla', name: 'settings-sla', component: page },
    ],
  })
  await router.push('/')
  const wrapper = mount(UserMenu, { global: { plugins: [i18n, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

describe('user-menu', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => {
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  it('shows the initials and the name on a closed button, and opens the menu with the roles, language, settings and logout', async () => {
    const { wrapper } = await mountAs(['ADMIN', 'DISPATCHER'])
    const button = wrapper.get('[data-test="user-menu"]')
    expect(button.get('.avatar').text()).toBe('АС')
    expect(button.get('[data-test="user-name"]').text()).toBe('Администратор Системы')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(wrapper.find('[data-test="user-menu-panel"]').exists()).toBe(false)

    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    const panel = wrapper.get('[data-test="user-menu-panel"]')
    expect(panel.get('[data-test="user-roles"]').text()).toBe('Администратор, Диспетчер')
    expect(panel.find('[data-test="lang-ru"]').exists()).toBe(true)
    expect(panel.find('[data-test="lang-en"]').exists()).toBe(true)
    expect(panel.get('[data-test="nav-settings"]').text()).toBe('Настройки')
    expect(panel.get('[data-test="logout"]').text()).toBe('Выйти')
  })

  it('offers «Настройки» only to those who edit them', async () => {
    const { wrapper } = await mountAs(['ENGINEER'])
    await wrapper.get('[data-test="user-menu"]').trigger('click')
    const panel = wrapper.get('[data-test="user-menu-panel"]')
    expect(panel.find('[data-test="nav-settings"]').exists()).toBe(false)
    expect(panel.get('[data-test="user-roles"]').text()).toBe('Инженер')
    expect(panel.find('[data-test="logout"]').exists()).toBe(true)
  })

  it('closes on Escape and gives the focus back to the button', async () => {
    const { wrapper } = await mountAs(['ADMIN'])
    await wrapper.get('[data-test="user-menu"]').trigger('click')
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
    await flushPromises()
    expect(wrapper.find('[data-test="user-menu-panel"]').exists()).toBe(true)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await flushPromises()
    expect(wrapper.find('[data-test="user-menu-panel"]').exists()).toBe(false)
    expect(document.activeElement).toBe(wrapper.get('[data-test="user-menu"]').element)
  })

  it('closes on a click outside, not on a click inside', async () => {
    const { wrapper } = await mountAs(['ADMIN'])
    await wrapper.get('[data-test="user-menu"]').trigger('click')
    wrapper.get('[data-test="user-roles"]').element.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    await flushPromises()
    expect(wrapper.find('[data-test="user-menu-panel"]').exists()).toBe(true)
    const outside = document.createElement('main')
    document.body.appendChild(outside)
    outside.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    await flushPromises()
    expect(wrapper.find('[data-test="user-menu-panel"]').exists()).toBe(false)
  })

  it('closes when a menu item takes the user to another page, and logs out to the login page', async () => {
    const { wrapper, router } = await mountAs(['ADMIN'])
    await wrapper.get('[data-test="user-menu"]').trigger('click')
    await wrapper.get('[data-test="nav-settings"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('settings-sla')
    expect(wrapper.find('[data-test="user-menu-panel"]').exists()).toBe(false)

    const logout = vi.spyOn(authApi, 'logout').mockResolvedValue(undefined)
    await wrapper.get('[data-test="user-menu"]').trigger('click')
    await wrapper.get('[data-test="logout"]').trigger('click')
    await flushPromises()
    expect(logout).toHaveBeenCalledOnce()
    expect(router.currentRoute.value.name).toBe('login')
  })
})
