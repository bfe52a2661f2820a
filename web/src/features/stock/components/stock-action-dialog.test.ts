import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { stockApi, type StockItem } from '../api'
import StockActionDialog from './stock-action-dialog.vue'

const ITEM: StockItem = {
  id: 'i1',
  sku: 'HDD-2TB',
  name: 'Жёсткий диск 2 ТБ',
  category: 'SPARE_PART',
  unit: 'PCS',
  serialTracked: false,
  abcClass: 'A',
  supplierId: null,
  createdAt: '2026-11-26T00:00:00Z',
}

function mountDialog(action: 'receipt' | 'writeOff' | 'transfer') {
  vi.spyOn(stockApi, 'warehouses').mockResolvedValue([
    { id: 'w1', code: 'MSK', name: 'Центральный', kind: 'CENTRAL', region: null, holder: null, createdAt: '' },
    { id: 'w2', code: 'GML', name: 'Гомель', kind: 'REGIONAL', region: null, holder: null, createdAt: '' },
  ])
  vi.spyOn(stockApi, 'items').mockResolvedValue([ITEM])
  return mount(StockActionDialog, { props: { action, item: ITEM, warehouseId: 'w1' }, global: { plugins: [i18n] }, attachTo: document.body })
}

describe('stock-action-dialog', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => vi.restoreAllMocks())

  it('asks for the reason of a write-off beside the field and sends nothing without it', async () => {
    const record = vi.spyOn(stockApi, 'record')
    const wrapper = mountDialog('writeOff')
    await flushPromises()
    await wrapper.get('[data-test="act-quantity"]').setValue('1')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[data-test="error-act-reason"]').text()).toBe('Заполните поле')
    expect(record).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('puts the server’s field message next to its field', async () => {
    vi.spyOn(stockApi, 'record').mockRejectedValue(
      new ApiError(400, { status: 400, errors: [{ field: 'unitCost', message: 'Цена не может быть отрицательной' }] }),
    )
    const wrapper = mountDialog('receipt')
    await flushPromises()
    await wrapper.get('[data-test="act-quantity"]').setValue('5')
    await wrapper.get('[data-test="act-cost"]').setValue('10')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-test="error-act-cost"]').text()).toBe('Цена не может быть отрицательной')
    expect(wrapper.emitted('done')).toBeUndefined()
    wrapper.unmount()
  })

  it('says how much is available, in Russian numbers, when there is not enough', async () => {
    vi.spyOn(stockApi, 'dispatch').mockRejectedValue(
      new ApiError(409, {
        status: 409,
        detail: 'Недостаточно свободного остатка: доступно 4.000, требуется 1500.000',
        errors: [{ field: 'quantity', message: 'Недостаточно свободного остатка: доступно 4.000, требуется 1500.000' }],
        available: 4,
        requested: 1500,
      } as never),
    )
    const wrapper = mountDialog('transfer')
    await flushPromises()
    await wrapper.get('[data-test="act-to"]').setValue('w2')
    await wrapper.get('[data-test="act-quantity"]').setValue('1500')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-test="error-act-quantity"]').text()).toBe(
      'Недостаточно свободного остатка: доступно 4 шт, нужно 1\u00a0500 шт',
    )
    wrapper.unmount()
  })

  it('reports what the receipt left on hand', async () => {
    vi.spyOn(stockApi, 'record').mockResolvedValue({ onHandAfter: 1234 } as never)
    const wrapper = mountDialog('receipt')
    await flushPromises()
    await wrapper.get('[data-test="act-quantity"]').setValue('1234')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(stockApi.record).toHaveBeenCalledWith(expect.objectContaining({ kind: 'RECEIPT', itemId: 'i1', warehouseId: 'w1', quantity: '1234' }))
    expect(wrapper.emitted('done')?.[0]).toEqual(['Приход записан, на складе теперь 1\u00a0234 шт'])
    wrapper.unmount()
  })
})
