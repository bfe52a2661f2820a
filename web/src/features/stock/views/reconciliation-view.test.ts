import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { stockApi } from '../api'
import ReconciliationView from './reconciliation-view.vue'

async function mountView() {
  vi.spyOn(stockApi, 'warehouses').mockResolvedValue([
    { id: 'w1', code: 'MSK', name: 'Центральный', kind: 'CENTRAL', region: null, holder: null, createdAt: '' },
  ])
  vi.spyOn(stockApi, 'items').mockResolvedValue([
    { id: 'i1', sku: 'HDD-2TB', name: 'Жёсткий диск', category: 'SPARE_PART', unit: 'PCS', serialTracked: false, abcClass: 'A', supplierId: null, createdAt: '' },
  ])
  vi.spyOn(stockApi, 'reconciliationRuns').mockResolvedValue([
    { id: 2, runAt: '2026-11-26T01:15:00Z', trigger: 'SCHEDULE', rowsChecked: 48, differences: 0 },
  ])
  const wrapper = mount(ReconciliationView, { global: { plugins: [i18n] } })
  await flushPromises()
  return wrapper
}

const diff = (kind: 'ON_HAND' | 'MISSING_IN_STREAMS') =>
  ({ kind, itemId: 'i1', warehouseId: 'w1', ledger: 5, streams: kind === 'ON_HAND' ? 4 : null, appliedSeq: 3, ledgerSeq: 4 })

describe('reconciliation-view', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => vi.restoreAllMocks())

  it('runs the reconciliation and says what it found, by kind, with Russian plural forms', async () => {
    const wrapper = await mountView()
    expect(wrapper.get('[data-test="reconcile-run-row"]').text()).toContain('по расписанию')
    vi.spyOn(stockApi, 'reconcile').mockResolvedValue({
      checkedAt: '2026-11-26T01:30:05Z', rowsChecked: 21, rowsBehind: 3, differences: [diff('ON_HAND'), diff('ON_HAND'), diff('MISSING_IN_STREAMS')],
    })
    await wrapper.get('[data-test="reconcile-run"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="reconcile-verdict"]').text()).toBe('Найдено 3\u00a0расхождения')
    expect(wrapper.get('[data-test="reconcile-checked"]').text()).toBe('Проверено: 21\u00a0строка · 26.11.2026, 04:30:05')
    expect(wrapper.get('[data-test="reconcile-behind"]').text()).toBe('Ещё не догнали журнал: 3\u00a0строки')
    expect(wrapper.findAll('[data-test="reconcile-kinds"] li').map((li) => li.text())).toEqual([
      'Остаток на складе не совпадает: 2',
      'Нет в онлайн-остатках: 1',
    ])
    expect(wrapper.get('[data-test="reconcile-differences"] tbody tr').text()).toContain('HDD-2TB · Жёсткий диск')
  })

  it('says "no differences" plainly, and a 503 as a notice', async () => {
    const wrapper = await mountView()
    vi.spyOn(stockApi, 'reconcile').mockResolvedValueOnce({ checkedAt: '2026-11-26T01:30:05Z', rowsChecked: 5, rowsBehind: 0, differences: [] })
    await wrapper.get('[data-test="reconcile-run"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="reconcile-verdict"]').text()).toBe('Расхождений нет')
    expect(wrapper.find('[data-test="reconcile-behind"]').exists()).toBe(false)

    vi.spyOn(stockApi, 'reconcile').mockRejectedValueOnce(new ApiError(503, { status: 503 }))
    await wrapper.get('[data-test="reconcile-run"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="reconcile-unavailable"]').text()).toContain('Онлайн-остатки сейчас недоступны')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
