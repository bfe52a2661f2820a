import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { authApi } from '@/features/auth/api'
import { useSession } from '@/features/auth/composables/use-session'
import { i18n, setLocale } from '@/shared/i18n'
import { ApiError } from '@/shared/http'
import { jsonResponse, stubFetch } from '@/shared/test-support'
import { stockApi } from '../api'
import ItemCardView from './item-card-view.vue'

async function mountAs(role: string, serialTracked = false) {
  stubFetch(() => jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 't' }))
  vi.spyOn(authApi, 'login').mockResolvedValue({ username: 'u', displayName: 'U', roles: [role], locale: 'ru' })
  await useSession().login('u', 'p')
  vi.spyOn(stockApi, 'warehouses').mockResolvedValue([
    { id: 'w1', code: 'MSK', name: 'Центральный', kind: 'CENTRAL', region: null, holder: null, createdAt: '' },
  ])
  vi.spyOn(stockApi, 'items').mockResolvedValue([])
  vi.spyOn(stockApi, 'item').mockResolvedValue({
    id: 'i1', sku: 'HDD-2TB', name: 'Жёсткий диск', category: 'SPARE_PART', unit: 'PCS', serialTracked,
    abcClass: null, supplierId: null, createdAt: '2026-11-26T00:00:00Z',
  })
  vi.spyOn(stockApi, 'balances').mockResolvedValue([])
  vi.spyOn(stockApi, 'reservations').mockResolvedValue([
    {
      id: 'r1', itemId: 'i1', warehouseId: 'w1', quantity: 1, requestId: null, taskId: 't1', status: 'ACTIVE',
      createdBy: 'engineer', createdAt: '2026-11-26T01:00:00Z', closedBy: null, closedAt: null,
    },
  ])
  vi.spyOn(stockApi, 'transfers').mockResolvedValue([])
  vi.spyOn(stockApi, 'reorderPoints').mockResolvedValue([
    { itemId: 'i1', warehouseId: 'w1', reorderPoint: 2.5, source: 'PLAN', updatedBy: 'system', updatedAt: '2026-11-26T01:00:00Z' },
  ])
  vi.spyOn(stockApi, 'movements').mockResolvedValue([
    {
      id: 'm1', seq: 1, itemId: 'i1', warehouseId: 'w1', kind: 'ADJUSTMENT_SHORTAGE', quantity: -1, unitCost: 10, onHandAfter: 2,
      averageCostAfter: 10, serial: null, requestId: null, taskId: null, transferId: null,
      reason: 'Инвентаризация от 26.11.2026 (01a215bb-1234-7abc-8def-0123456789ab)', actor: 'admin', at: '2026-11-26T02:00:00Z',
    },
  ])
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/stock', name: 'stock-balances', component: { template: '<div />' } },
      { path: '/stock/items/:id', name: 'stock-item', component: ItemCardView },
    ],
  })
  await router.push('/stock/items/i1')
  await router.isReady()
  const wrapper = mount(ItemCardView, { global: { plugins: [i18n, router] } })
  await flushPromises()
  return wrapper
}

const actions = (wrapper: Awaited<ReturnType<typeof mountAs>>) =>
  wrapper.findAll('[data-test="item-actions"] button').map((b) => b.attributes('data-test'))

describe('item-card-view', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => {
    useSession().forget()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('shows each role only the actions the server allows it', async () => {
    expect(actions(await mountAs('WAREHOUSE'))).toEqual(['act-receipt', 'act-issue', 'act-reserve', 'act-transfer', 'act-writeoff'])
    useSession().forget()
    expect(actions(await mountAs('ENGINEER'))).toEqual(['act-reserve'])
    useSession().forget()
    expect(actions(await mountAs('LOGISTICS'))).toEqual(['act-transfer'])
    useSession().forget()
    const manager = await mountAs('MANAGER')
    expect(actions(manager)).toEqual([])
    expect(manager.find('[data-test="edit-save"]').exists()).toBe(false)
  })

  it('names movement kinds in Russian, with a typographic minus and a short sheet number', async () => {
    const wrapper = await mountAs('WAREHOUSE')
    const row = wrapper.get('[data-test="movement-ADJUSTMENT_SHORTAGE"]')
    expect(row.get('[data-test="movement-kind"]').text()).toBe('Недостача по инвентаризации')
    expect(row.text()).toContain('\u22121')
    expect(row.text()).toContain('Инвентаризация от 26.11.2026 №01a215bb')
  })

  it('asks which unit goes when a serial-tracked reservation is issued', async () => {
    const issue = vi.spyOn(stockApi, 'issueReservation').mockResolvedValue({} as never)
    const wrapper = await mountAs('WAREHOUSE', true)
    await wrapper.get('[data-test="reservation-issue"]').trigger('click')
    await flushPromises()
    const dialog = wrapper.get('[data-test="issue-reservation-dialog"]')
    await dialog.get('form').trigger('submit')
    expect(dialog.get('[data-test="error-issue-serial"]').text()).toBe('Заполните поле')
    expect(issue).not.toHaveBeenCalled()
    await dialog.get('[data-test="issue-serial"]').setValue('SN-0042')
    await dialog.get('form').trigger('submit')
    await flushPromises()
    expect(issue).toHaveBeenCalledWith('r1', 'SN-0042')
    expect(wrapper.get('[data-test="stock-notice"]').text()).toBe('Резерв выдан в работу')
  })

  it('shows the reorder point with its source, and lets only the warehouse and procurement change it', async () => {
    const wrapper = await mountAs('ENGINEER')
    const msk = wrapper.get('[data-test="reorder-MSK"]')
    expect(msk.get('[data-test="reorder-current"]').text()).toBe('2,5 шт задана по плану, system, 26.11.2026, 04:00')
    expect(msk.find('[data-test="reorder-input"]').exists()).toBe(false)
    useSession().forget()
    const buyer = await mountAs('PROCUREMENT')
    expect(buyer.get('[data-test="reorder-MSK"] [data-test="reorder-input"]').element).toHaveProperty('value', '2,5')
  })

  it('puts a bad reorder point and the server\'s refusal beside the field', async () => {
    const set = vi.spyOn(stockApi, 'setReorderPoint')
    const wrapper = await mountAs('WAREHOUSE')
    const msk = wrapper.get('[data-test="reorder-MSK"]')
    await msk.get('[data-test="reorder-input"]').setValue('-3')
    await msk.get('form').trigger('submit')
    expect(msk.get('[data-test="reorder-error"]').text()).toBe('Введите число не меньше нуля')
    expect(set).not.toHaveBeenCalled()

    set.mockRejectedValueOnce(new ApiError(400, { status: 400, errors: [{ field: 'reorderPoint', message: 'не больше 11 знаков' }] }))
    await msk.get('[data-test="reorder-input"]').setValue('123456789012')
    await msk.get('form').trigger('submit')
    await flushPromises()
    expect(msk.get('[data-test="reorder-error"]').text()).toBe('не больше 11 знаков')

    set.mockResolvedValueOnce({ itemId: 'i1', warehouseId: 'w1', reorderPoint: 10, source: 'MANUAL', updatedBy: 'u', updatedAt: '2026-11-26T02:00:00Z' })
    await msk.get('[data-test="reorder-input"]').setValue('10')
    await msk.get('form').trigger('submit')
    await flushPromises()
    expect(set).toHaveBeenLastCalledWith({ itemId: 'i1', warehouseId: 'w1', reorderPoint: '10' })
    expect(msk.find('[data-test="reorder-error"]').exists()).toBe(false)
    expect(msk.get('[data-test="reorder-source"]').text()).toBe('задана вручную, u, 26.11.2026, 05:00')
    expect(wrapper.get('[data-test="reorder-notice"]').text()).toBe('Точка заказа для MSK — 10 шт')
  })
})
