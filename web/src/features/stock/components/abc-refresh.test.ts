import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { stockApi } from '../api'
import { ABC_APPLIERS, RECONCILERS, REORDER_POINT_EDITORS } from '../live'
import AbcRefresh from './abc-refresh.vue'

describe('abc-refresh', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => vi.restoreAllMocks())

  it('reports what the analytics changed, with Russian plural forms', async () => {
    vi.spyOn(stockApi, 'applyAbc').mockResolvedValue({ analysed: 42, changed: 3, keptManual: 1, unknown: 2 })
    const wrapper = mount(AbcRefresh, { global: { plugins: [i18n] } })
    await wrapper.get('[data-test="abc-apply"]').trigger('click')
    await flushPromises()
    const outcomes = wrapper.emitted('outcome')!.map((e) => e[0])
    expect(outcomes.at(-1)).toEqual({
      tone: 'ok',
      text: 'Классы ABC обновлены. Проанализировано: 42\u00a0позиции, изменено: 3, оставлено как задано вручную: 1. Не найдено в каталоге: 2\u00a0позиции.',
    })
    expect(wrapper.emitted('done')).toHaveLength(1)
  })

  it('turns a 503 into a readable notice, not an error', async () => {
    vi.spyOn(stockApi, 'applyAbc').mockRejectedValue(new ApiError(503, { status: 503, title: 'Аналитика недоступна' }))
    const wrapper = mount(AbcRefresh, { global: { plugins: [i18n] } })
    await wrapper.get('[data-test="abc-apply"]').trigger('click')
    await flushPromises()
    expect(wrapper.emitted('outcome')!.at(-1)![0]).toEqual({
      tone: 'info',
      text: 'Аналитика сейчас недоступна — классы ABC не обновлены. Попробуйте позже.',
    })
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('matches the server\'s roles for the live-stock actions', () => {
    expect(ABC_APPLIERS).toEqual(['ADMIN', 'WAREHOUSE', 'PROCUREMENT'])
    expect(REORDER_POINT_EDITORS).toEqual(['ADMIN', 'WAREHOUSE', 'PROCUREMENT'])
    expect(RECONCILERS).toEqual(['ADMIN', 'WAREHOUSE', 'ACCOUNTANT'])
  })
})
