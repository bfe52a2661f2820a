import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Page, QueueItem } from '@/shared/api-types'
import { i18n, setLocale } from '@/shared/i18n'
import { requestsApi } from '../api'
import RequestListView from './request-list-view.vue'

const row = (n: number, sla: Partial<NonNullable<QueueItem['sla']>> = {}): QueueItem => ({
  id: `id-${n}`,
  number: `З-2026-00000${n}`,
  customerId: `c-${n}`,
  customerName: `ООО «Клиент ${n}»`,
  category: 'PAID_REPAIR',
  deviceType: 'CCTV_NVR',
  deviceModel: 'Hikvision DS-7608NI',
  priority: 'P2',
  status: 'NEW',
  registeredAt: '2026-11-25T10:15:30Z',
  statusChangedAt: '2026-11-25T10:15:30Z',
  departments: [],
  assignees: [],
  duplicateState: null,
  sla: { target: 'FIRST_RESPONSE', state: 'RUNNING', startedAt: '2026-11-25T10:15:30Z', dueAt: '2026-11-25T14:15:30Z', ...sla },
})

const page = (n: number, items: QueueItem[]): Page<QueueItem> => ({ items, page: n, size: 20, totalItems: 45, totalPages: 3 })

async function setup(path = '/requests') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/requests', name: 'requests', component: RequestListView },
      { path: '/requests/new', name: 'request-new', component: { template: '<div />' } },
      { path: '/requests/:id', name: 'request-card', component: { template: '<div />' } },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(RequestListView, { global: { plugins: [i18n, router] } })
  await flushPromises()
  return { router, wrapper }
}

describe('request-list-view', () => {
  beforeEach(() => {
    setLocale('ru', false)
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] })
    vi.setSystemTime(new Date('2026-11-25T12:15:30Z'))
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('shows a row per request with Minsk time, Russian labels and the SLA countdown', async () => {
    vi.spyOn(requestsApi, 'search').mockResolvedValue(page(0, [row(2), row(1, { state: 'BREACHED', dueAt: '2026-11-25T12:00:00Z' })]))
    const { wrapper } = await setup()

    const rows = wrapper.findAll('[data-test="request-row"]')
    expect(rows.map((r) => r.attributes('data-request-number'))).toEqual(['З-2026-000002', 'З-2026-000001'])
    expect(rows[0]!.text()).toContain('25.11.2026, 13:15')
    expect(rows[0]!.get('[data-test="status"]').text()).toBe('Новая')
    expect(rows[0]!.get('[data-test="sla-countdown"]').text()).toBe('Осталось 2:00:00')
    expect(rows[1]!.get('[data-test="sla-countdown"]').text()).toBe('Просрочено на 0:15:30')
    expect(wrapper.get('[data-test="pager-info"] .long').text()).toBe('Страница 1 из 3')
    wrapper.unmount()
  })

  it('pages on the server and keeps the page in the URL', async () => {
    const list = vi.spyOn(requestsApi, 'search').mockImplementation((_f, n) => Promise.resolve(page(n, [row(n + 1)])))
    const { router, wrapper } = await setup()

    await wrapper.get('[data-test="pager-next"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query.page).toBe('2')
    expect(list).toHaveBeenLastCalledWith({}, 1)
    expect(wrapper.get('[data-test="pager-info"] .long').text()).toBe('Страница 2 из 3')
    wrapper.unmount()
  })

  it('refreshes quietly so SLA states computed meanwhile show up', async () => {
    const list = vi.spyOn(requestsApi, 'search').mockResolvedValue(page(0, [row(1)]))
    const { wrapper } = await setup()

    await vi.advanceTimersByTimeAsync(15_000)

    expect(list).toHaveBeenCalledTimes(2)
    wrapper.unmount()
  })
})
