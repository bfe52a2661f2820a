import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { authApi } from '@/features/auth/api'
import { useSession } from '@/features/auth/composables/use-session'
import { stockApi } from '@/features/stock/api'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { jsonResponse, stubFetch } from '@/shared/test-support'
import { procurementApi, type PurchaseRequest } from '../api'
import RequestCardView from './request-card-view.vue'

const submitted: PurchaseRequest = {
  id: 'r1', number: 'ЗК-2026-00007', warehouseId: 'w1', status: 'SUBMITTED', amount: 1500, reason: null,
  createdBy: 'buyer', createdAt: '2026-11-26T01:00:00Z', decidedBy: null, decidedAt: null, decisionNote: null,
  lines: [{ id: 'l1', itemId: 'i1', quantity: 5, estimatedPrice: 300, supplierId: 's1', demandId: null, orderedQty: 0, planLineKey: 'PLAN:w1:i1' }],
}

async function mountAs(username: string, role: string) {
  stubFetch(() => jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 't' }))
  vi.spyOn(authApi, 'login').mockResolvedValue({ username, displayName: username, roles: [role], locale: 'ru' })
  await useSession().login(username, 'p')
  vi.spyOn(stockApi, 'warehouses').mockResolvedValue([{ id: 'w1', code: 'MSK', name: 'Центральный', kind: 'CENTRAL', region: null, holder: null, createdAt: '' }])
  vi.spyOn(stockApi, 'items').mockResolvedValue([
    { id: 'i1', sku: 'HDD-2TB', name: 'Жёсткий диск', category: 'SPARE_PART', unit: 'PCS', serialTracked: false, abcClass: 'A', supplierId: 's1', createdAt: '' },
  ])
  vi.spyOn(procurementApi, 'request').mockResolvedValue(submitted)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/procurement/requests', name: 'proc-requests', component: { template: '<div />' } },
      { path: '/procurement/requests/:id', name: 'proc-request', component: RequestCardView },
      { path: '/procurement/orders/:id', name: 'proc-order', component: { template: '<div />' } },
    ],
  })
  await router.push('/procurement/requests/r1')
  await router.isReady()
  const wrapper = mount(RequestCardView, { global: { plugins: [i18n, router] } })
  await flushPromises()
  return wrapper
}

const buttons = (wrapper: Awaited<ReturnType<typeof mountAs>>) =>
  wrapper.findAll('[data-test="request-actions"] button').map((b) => b.attributes('data-test'))

describe('request-card-view', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => {
    useSession().forget()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('shows the lines with Russian money and offers the author no decision', async () => {
    const wrapper = await mountAs('buyer', 'PROCUREMENT')
    expect(wrapper.get('[data-test="request-amount"]').text()).toBe('1\u00a0500,00\u00a0руб.')
    expect(wrapper.get('[data-test="request-line-HDD-2TB"]').text()).toContain('из плана')
    expect(buttons(wrapper)).toEqual(['request-cancel'])
    expect(wrapper.get('[data-test="request-status"]').text()).toBe('На согласовании')
  })

  it('asks for a note next to the field before a rejection', async () => {
    const wrapper = await mountAs('boss', 'MANAGER')
    const reject = vi.spyOn(procurementApi, 'reject')
    await wrapper.get('[data-test="request-reject"]').trigger('click')
    expect(wrapper.get('[data-test="error-request-note"]').text()).toBe('Напишите, почему заявка отклонена')
    expect(reject).not.toHaveBeenCalled()
  })

  it('names who may approve when the amount is beyond the role', async () => {
    const wrapper = await mountAs('other', 'PROCUREMENT')
    vi.spyOn(procurementApi, 'approve').mockRejectedValue(
      new ApiError(403, { status: 403, detail: 'Заявку на 1500.000 BYN согласует MANAGER, ADMIN' }),
    )
    expect(buttons(wrapper)).toEqual(['request-approve', 'request-reject', 'request-cancel'])
    await wrapper.get('[data-test="request-approve"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="request-forbidden"]').text()).toBe(
      'Согласовать нельзя: заявку на 1\u00a0500,00\u00a0руб. согласует руководитель, администратор',
    )
  })
})
