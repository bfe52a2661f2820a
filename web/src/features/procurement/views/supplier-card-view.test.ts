import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { authApi } from '@/features/auth/api'
import { useSession } from '@/features/auth/composables/use-session'
import { stockApi } from '@/features/stock/api'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { jsonResponse, stubFetch } from '@/shared/test-support'
import { procurementApi, type Supplier, type SupplierItem } from '../api'
import SupplierCardView from './supplier-card-view.vue'

const supplier: Supplier = {
  id: 's1', code: 'ACME', name: 'ООО «Акме»', unp: '190000005', country: 'BY', currency: 'BYN', email: 'a@acme.by', phone: null, active: true, createdAt: '',
}
const term: SupplierItem = { supplierId: 's1', itemId: 'i1', supplierSku: null, price: 300, currency: 'BYN', leadTimeDays: 5, minOrderQty: 1, packSize: 1 }

async function mountAs(role: string) {
  stubFetch(() => jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 't' }))
  vi.spyOn(authApi, 'login').mockResolvedValue({ username: 'u', displayName: 'u', roles: [role], locale: 'ru' })
  await useSession().login('u', 'p')
  vi.spyOn(stockApi, 'warehouses').mockResolvedValue([])
  vi.spyOn(stockApi, 'items').mockResolvedValue([
    { id: 'i1', sku: 'HDD-2TB', name: 'Жёсткий диск', category: 'SPARE_PART', unit: 'PCS', serialTracked: false, abcClass: 'A', supplierId: 's1', createdAt: '' },
    { id: 'i2', sku: 'CAM-01', name: 'Камера', category: 'EQUIPMENT', unit: 'PCS', serialTracked: false, abcClass: null, supplierId: null, createdAt: '' },
  ])
  vi.spyOn(procurementApi, 'supplier').mockResolvedValue(supplier)
  vi.spyOn(procurementApi, 'supplierItems').mockResolvedValue([term])
  vi.spyOn(procurementApi, 'contracts').mockResolvedValue([
    { id: 'c1', number: 'Д-1', validFrom: '2020-01-01', validTo: null, paymentTermsDays: 21, warrantyMonths: 12, currency: 'BYN', note: null },
  ])
  vi.spyOn(procurementApi, 'performance').mockResolvedValue([])
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/procurement/suppliers', name: 'proc-suppliers', component: { template: '<div />' } },
      { path: '/procurement/suppliers/:id', name: 'proc-supplier', component: SupplierCardView },
      { path: '/stock/items/:id', name: 'stock-item', component: { template: '<div />' } },
    ],
  })
  await router.push('/procurement/suppliers/s1')
  await router.isReady()
  const wrapper = mount(SupplierCardView, { global: { plugins: [i18n, router] } })
  await flushPromises()
  return wrapper
}

const WRITE_BUTTONS = ['supplier-edit', 'supplier-add-item', 'supplier-add-contract', 'term-edit', 'contract-edit']

describe('supplier-card-view', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => {
    useSession().forget()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('offers the buyer every change and marks the contract in force', async () => {
    const wrapper = await mountAs('PROCUREMENT')
    for (const b of WRITE_BUTTONS) expect(wrapper.find(`[data-test="${b}"]`).exists(), b).toBe(true)
    expect(wrapper.get('[data-test="contract-Д-1"]').get('[data-test="contract-in-force"]').text()).toBe('в силе')
    expect(wrapper.get('[data-test="supplier-country"]').text()).toBe('Беларусь')
  })

  it('shows the warehouse the card without a single change button', async () => {
    const wrapper = await mountAs('WAREHOUSE')
    for (const b of WRITE_BUTTONS) expect(wrapper.find(`[data-test="${b}"]`).exists(), b).toBe(false)
    expect(wrapper.get('[data-test="supplier-item-HDD-2TB"]').text()).toContain('5\u00a0дней')
  })

  it('shows the server’s УНП verdict beside the field and keeps the dialog open', async () => {
    const wrapper = await mountAs('ADMIN')
    const change = vi.spyOn(procurementApi, 'changeSupplier').mockRejectedValue(
      new ApiError(400, { status: 400, detail: 'bad', errors: [{ field: 'unp', message: 'УНП 123 недействителен' }] }),
    )
    await wrapper.get('[data-test="supplier-edit"]').trigger('click')
    await wrapper.get('[data-test="sup-unp"]').setValue('123')
    await wrapper.get('[data-test="supplier-dialog"] form').trigger('submit')
    await flushPromises()
    expect(change).toHaveBeenCalledWith('s1', expect.objectContaining({ unp: '123', name: 'ООО «Акме»' }))
    expect(wrapper.get('[data-test="error-sup-unp"]').text()).toBe('УНП 123 недействителен')
    expect(wrapper.find('[data-test="dialog-failure"]').exists()).toBe(false)
  })

  it('adds an item picked from the catalogue, offering only what the supplier does not sell yet', async () => {
    const wrapper = await mountAs('PROCUREMENT')
    const saved: SupplierItem = { ...term, itemId: 'i2', price: 99.5, leadTimeDays: 10 }
    const put = vi.spyOn(procurementApi, 'putSupplierItem').mockResolvedValue(saved)
    await wrapper.get('[data-test="supplier-add-item"]').trigger('click')
    const options = wrapper.findAll('[data-test="term-item"] option').map((o) => o.attributes('value'))
    expect(options).toEqual(['', 'i2'])
    await wrapper.get('[data-test="term-item"]').setValue('i2')
    await wrapper.get('[data-test="term-price"]').setValue('99,5')
    await wrapper.get('[data-test="term-lead"]').setValue('10')
    await wrapper.get('[data-test="supplier-item-dialog"] form').trigger('submit')
    await flushPromises()
    expect(put).toHaveBeenCalledWith('s1', 'i2', { supplierSku: null, price: '99.5', currency: 'BYN', leadTimeDays: 10, minOrderQty: '1', packSize: '1' })
    expect(wrapper.find('[data-test="supplier-item-dialog"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="supplier-item-CAM-01"]').text()).toContain('10\u00a0дней')
  })

  it('changes a contract’s terms, keeping its number, and reloads the list', async () => {
    const wrapper = await mountAs('PROCUREMENT')
    const change = vi.spyOn(procurementApi, 'changeContract').mockResolvedValue(
      { id: 'c1', number: 'Д-1', validFrom: '2020-01-01', validTo: null, paymentTermsDays: 30, warrantyMonths: 24, currency: 'BYN', note: null },
    )
    await wrapper.get('[data-test="contract-edit"]').trigger('click')
    expect(wrapper.find('[data-test="ctr-number"]').exists()).toBe(false)
    await wrapper.get('[data-test="ctr-payment"]').setValue('30')
    await wrapper.get('[data-test="ctr-warranty"]').setValue('24')
    await wrapper.get('[data-test="contract-dialog"] form').trigger('submit')
    await flushPromises()
    expect(change).toHaveBeenCalledWith('s1', 'c1', { validFrom: '2020-01-01', validTo: null, paymentTermsDays: 30, warrantyMonths: 24, note: null })
    expect(procurementApi.contracts).toHaveBeenCalledTimes(2)
    expect(wrapper.get('[data-test="supplier-notice"]').text()).toBe('Условия договора № Д-1 сохранены')
  })
})
