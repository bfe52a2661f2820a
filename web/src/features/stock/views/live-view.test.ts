import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { stockApi, type LiveRow } from '../api'
import { useStockRefs } from '../use-stock-refs'
import LiveView from './live-view.vue'

const live = (over: Partial<LiveRow>): LiveRow => ({
  itemId: 'i1', warehouseId: 'w1', onHand: 4, reserved: 1, available: 3, reorderPoint: null, low: false, lowSince: null,
  consumed28Days: 0, weeklyConsumption: 0, coverageWeeks: null, appliedSeq: 7, lastMovementAt: null, eventTime: null, ...over,
})

async function mountWith(rows: () => Promise<LiveRow[]>, alerts: () => Promise<LiveRow[]>) {
  vi.spyOn(stockApi, 'warehouses').mockResolvedValue([
    { id: 'w1', code: 'MSK', name: 'Центральный', kind: 'CENTRAL', region: null, holder: null, createdAt: '' },
  ])
  vi.spyOn(stockApi, 'items').mockResolvedValue([
    { id: 'i1', sku: 'HDD-2TB', name: 'Жёсткий диск', category: 'SPARE_PART', unit: 'PCS', serialTracked: false, abcClass: 'A', supplierId: null, createdAt: '' },
    { id: 'i2', sku: 'CAB-5M', name: 'Кабель', category: 'CONSUMABLE', unit: 'M', serialTracked: false, abcClass: null, supplierId: null, createdAt: '' },
  ])
  await useStockRefs().reload()
  vi.spyOn(stockApi, 'live').mockImplementation(rows)
  vi.spyOn(stockApi, 'liveAlerts').mockImplementation(alerts)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/stock/live', name: 'stock-live', component: LiveView },
      { path: '/stock/items/:id', name: 'stock-item', component: { template: '<div />' } },
    ],
  })
  await router.push('/stock/live')
  const wrapper = mount(LiveView, { global: { plugins: [i18n, router] } })
  await flushPromises()
  return wrapper
}

describe('live-view', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('shows the low-stock alerts on top, low rows first and highlighted, coverage in weeks', async () => {
    const low = live({ available: 3, reorderPoint: 10, low: true, lowSince: '2026-11-26T00:30:00Z', coverageWeeks: 2.5, consumed28Days: 4.8 })
    const plenty = live({ itemId: 'i2', onHand: 100, reserved: 0, available: 100, coverageWeeks: null })
    const wrapper = await mountWith(async () => [plenty, low], async () => [low])
    expect(wrapper.get('[data-test="alert-HDD-2TB"]').text()).toBe('HDD-2TB Жёсткий диск · MSK доступно 3 шт при точке заказа 10 шт, с\u00a026.11.2026, 03:30')
    const rows = wrapper.findAll('[data-test="live-table"] tbody tr')
    expect(rows.map((r) => r.attributes('data-test'))).toEqual(['live-HDD-2TB-MSK', 'live-CAB-5M-MSK'])
    expect(rows[0]!.classes()).toContain('low')
    expect(rows[0]!.get('[data-test="live-coverage"]').text()).toBe('≈ 2,5 нед.')
    expect(rows[1]!.classes()).not.toContain('low')
    expect(rows[1]!.get('[data-test="live-coverage"]').text()).toBe('нет расхода')
    expect(rows[1]!.get('[data-test="live-point"]').text()).toBe('—')
  })

  it('says plainly that live stock is unavailable on a 503, instead of an error', async () => {
    const down = () => Promise.reject(new ApiError(503, { status: 503, title: 'Сервис недоступен' }))
    const wrapper = await mountWith(down, down)
    expect(wrapper.get('[data-test="live-unavailable"]').text()).toContain('Онлайн-остатки сейчас недоступны')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="live-table"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
