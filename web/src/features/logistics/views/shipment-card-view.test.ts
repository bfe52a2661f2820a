import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { authApi } from '@/features/auth/api'
import { useSession } from '@/features/auth/composables/use-session'
import { stockApi } from '@/features/stock/api'
import type { Problem } from '@/shared/api-types'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { jsonResponse, stubFetch } from '@/shared/test-support'
import { logisticsApi, type Shipment } from '../api'
import ShipmentCardView from './shipment-card-view.vue'

const dispatched: Shipment = {
  id: 's1', number: 'ОТГ-000042', kind: 'REPAIRED_DEVICE', requestId: null, purchaseOrderId: null, fromWarehouseId: 'w1',
  toWarehouseId: null, address: 'г. Минск, ул. Притыцкого, 29', recipient: 'ООО «Вектор»', recipientPhone: '+375291234567',
  carrier: 'CDEK', trackingNumber: 'CDEK-100200', route: 'Минск — Восток', plannedDate: '2026-12-01', status: 'DISPATCHED',
  replacesId: null, returnOfId: null, swapId: null, createdBy: 'logist', createdAt: '2026-11-30T08:00:00Z',
  dispatchedAt: '2026-12-01T07:30:00Z', deliveredAt: null, receivedAt: null, statusAt: '2026-12-01T07:30:00Z',
  lines: [{ lineNo: 1, itemId: 'i1', quantity: 2, serial: null, transferId: null }],
}

async function mountAs(role: string, shipment: Shipment = dispatched, reshipments: Shipment[] = []) {
  stubFetch(() => jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 't' }))
  vi.spyOn(authApi, 'login').mockResolvedValue({ username: 'u', displayName: 'U', roles: [role], locale: 'ru' })
  await useSession().login('u', 'p')
  vi.spyOn(logisticsApi, 'carriers').mockResolvedValue([{ code: 'CDEK', name: 'СДЭК', active: true }])
  vi.spyOn(stockApi, 'warehouses').mockResolvedValue([
    { id: 'w1', code: 'MSK', name: 'Центральный', kind: 'CENTRAL', region: null, holder: null, createdAt: '' },
  ])
  vi.spyOn(stockApi, 'items').mockResolvedValue([
    { id: 'i1', sku: 'DVR-8', name: 'Видеорегистратор «Дозор-8»', category: 'EQUIPMENT', unit: 'PCS', serialTracked: false, abcClass: null, supplierId: null, createdAt: '' },
  ])
  vi.spyOn(logisticsApi, 'shipment').mockResolvedValue(shipment)
  vi.spyOn(logisticsApi, 'reshipments').mockResolvedValue(reshipments)
  vi.spyOn(logisticsApi, 'history').mockResolvedValue([
    { status: 'PLANNED', at: '2026-11-30T08:00:00Z', source: 'USER', actor: 'logist', carrierStatus: null, note: null },
    { status: 'DISPATCHED', at: '2026-12-01T07:30:00Z', source: 'USER', actor: 'logist', carrierStatus: null, note: null },
    { status: 'IN_TRANSIT', at: '2026-12-01T09:00:00Z', source: 'CARRIER', actor: 'carrier:CDEK', carrierStatus: 'ACCEPTED', note: null },
  ])
  vi.spyOn(logisticsApi, 'carrierReports').mockResolvedValue([])
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/logistics', name: 'logistics-shipments', component: { template: '<div />' } },
      { path: '/logistics/new', name: 'logistics-new', component: { template: '<div />' } },
      { path: '/logistics/swaps', name: 'logistics-swaps', component: { template: '<div />' } },
      { path: '/requests/:id', name: 'request-card', component: { template: '<div />' } },
      { path: '/stock/items/:id', name: 'stock-item', component: { template: '<div />' } },
      { path: '/logistics/shipments/:id', name: 'logistics-shipment', component: ShipmentCardView },
    ],
  })
  await router.push('/logistics/shipments/s1')
  await router.isReady()
  const wrapper = mount(ShipmentCardView, { global: { plugins: [i18n, router] } })
  await flushPromises()
  return wrapper
}

describe('shipment-card-view', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => {
    useSession().forget()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('offers logistics the statuses that follow dispatch', async () => {
    const wrapper = await mountAs('LOGISTICS')
    const buttons = wrapper.findAll('[data-test="shipment-actions"] button').map((b) => b.text())
    expect(buttons).toEqual(['В пути', 'Доставлена', 'Не доставлена', 'Возвращена'])
    expect(wrapper.find('[data-test="act-dispatch"]').exists()).toBe(false)
  })

  it('shows the card without actions to a dispatcher', async () => {
    const wrapper = await mountAs('DISPATCHER')
    expect(wrapper.find('[data-test="shipment-actions"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Видеорегистратор «Дозор-8»')
    expect(wrapper.text()).toContain('+375 29 123-45-67')
  })

  it('says who reported each status: a user or the carrier webhook', async () => {
    const wrapper = await mountAs('WAREHOUSE')
    const rows = wrapper.findAll('[data-test="shipment-history"] tbody tr').map((r) => r.text())
    expect(rows[0]).toContain('30.11.2026, 11:00')
    expect(rows[2]).toContain('В пути («ACCEPTED»)')
    expect(rows[2]).toContain('перевозчик (webhook): СДЭК')
  })

  it('cancels a planned shipment only once asked, with the reason given', async () => {
    const planned: Shipment = { ...dispatched, status: 'PLANNED', dispatchedAt: null, trackingNumber: null }
    const wrapper = await mountAs('LOGISTICS', planned)
    const report = vi.spyOn(logisticsApi, 'report').mockResolvedValue({ ...planned, status: 'CANCELLED' })
    await wrapper.find('[data-test="act-cancel"]').trigger('click')
    expect(report).not.toHaveBeenCalled()
    expect(wrapper.find('[data-test="cancel-confirm"]').text()).toContain('Отменить отгрузку ОТГ-000042?')
    await wrapper.find('[data-test="cancel-no"]').trigger('click')
    expect(wrapper.find('[data-test="cancel-confirm"]').exists()).toBe(false)
    expect(report).not.toHaveBeenCalled()

    await wrapper.find('[data-test="act-cancel"]').trigger('click')
    await wrapper.find('[data-test="cancel-reason"]').setValue('Клиент отказался')
    await wrapper.find('[data-test="cancel-yes"]').trigger('click')
    await flushPromises()
    expect(report).toHaveBeenCalledWith('s1', 'CANCELLED', 'Клиент отказался')
    expect(wrapper.find('[data-test="logistics-notice"]').text()).toBe('Статус изменён: Отменена')
  })

  it('shows a refusal on the card and changes nothing', async () => {
    const planned: Shipment = { ...dispatched, status: 'PLANNED', dispatchedAt: null }
    const wrapper = await mountAs('WAREHOUSE', planned)
    vi.spyOn(logisticsApi, 'dispatch').mockRejectedValue(
      new ApiError(409, { type: 'https://dozor.by/problems/insufficient-stock', title: 'Недостаточно товара на складе', status: 409,
        detail: 'Недостаточно свободного остатка: доступно 1.000, требуется 2.000', available: 1, requested: 2 } as Problem),
    )
    await wrapper.find('[data-test="act-dispatch"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="action-error"]').text()).toBe(
      'Не хватает на складе: Видеорегистратор «Дозор-8» — доступно 1 шт, нужно 2 шт. Отгрузка не отправлена, со склада ничего не списано.',
    )
    expect(wrapper.find('[data-test="logistics-notice"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="act-dispatch"]').exists()).toBe(true)
  })

  it('links a failed shipment to its re-shipment and offers no second one', async () => {
    const failed: Shipment = { ...dispatched, status: 'FAILED' }
    const again: Shipment = { ...dispatched, id: 's2', number: 'ОТГ-000043', status: 'PLANNED', replacesId: 's1' }
    let wrapper = await mountAs('LOGISTICS', failed, [again])
    expect(wrapper.find('[data-test="reshipment-link"]').text()).toBe('Отправлена повторно: отгрузка ОТГ-000043')
    expect(wrapper.find('[data-test="act-reship"]').exists()).toBe(false)
    wrapper.unmount()
    useSession().forget()
    vi.restoreAllMocks()

    wrapper = await mountAs('LOGISTICS', failed, [{ ...again, status: 'CANCELLED' }])
    expect(wrapper.find('[data-test="reshipped-CANCELLED"]').text()).toContain('отменена')
    expect(wrapper.find('[data-test="act-reship"]').exists()).toBe(true)
  })

  it('forgets the previous shipment\'s notice when a link opens another shipment', async () => {
    const failed: Shipment = { ...dispatched, status: 'FAILED' }
    const again: Shipment = { ...dispatched, id: 's2', number: 'ОТГ-000043', status: 'DISPATCHED', replacesId: 's1' }
    const wrapper = await mountAs('LOGISTICS', again)
    vi.spyOn(logisticsApi, 'report').mockResolvedValue({ ...again, status: 'DELIVERED' })
    await wrapper.find('[data-test="act-status-DELIVERED"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="logistics-notice"]').text()).toBe('Статус изменён: Доставлена')

    vi.mocked(logisticsApi.shipment).mockResolvedValue(failed)
    await wrapper.vm.$router.push('/logistics/shipments/s0')
    await flushPromises()
    expect(wrapper.find('[data-test="shipment-status"]').text()).toBe('Не доставлена')
    expect(wrapper.find('[data-test="logistics-notice"]').exists()).toBe(false)
  })
})
