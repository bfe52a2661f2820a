import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { slaApi } from '@/features/sla/api'
import { i18n, setLocale } from '@/shared/i18n'
import { figuresApi } from '../api'
import FiguresView from './figures-view.vue'

const HOUR = 3_600_000

describe('figures page', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows each figure against its goal and the processing times per stage', async () => {
    setLocale('ru', false)
    const metrics = vi.spyOn(slaApi, 'metrics').mockResolvedValue([
      { target: 'RESOLUTION', finished: 50, met: 48, metShare: 0.96, meanMillis: 20 * HOUR, p90Millis: 50 * HOUR },
      { target: 'FIRST_RESPONSE', finished: 50, met: 45, metShare: 0.9, meanMillis: 0.5 * HOUR, p90Millis: 2 * HOUR },
      { target: 'LEG:WAREHOUSE', finished: 12, met: 12, metShare: 1, meanMillis: 3 * HOUR, p90Millis: 4 * HOUR },
    ])
    vi.spyOn(figuresApi, 'duplicates').mockResolvedValue({
      days: 30, registered: 200, flagged: 9, merged: 5, dismissed: 3, pending: 1, percent: 2.5,
    })
    vi.spyOn(figuresApi, 'surveys').mockResolvedValue({
      days: 30, sent: 40, answered: 30, responseRate: 75, csatAverage: 4.4, csatPercent: 86.67, nps: 40,
      promoters: 15, passives: 12, detractors: 3,
    })

    const wrapper = mount(FiguresView, { global: { plugins: [i18n] } })
    await flushPromises()

    const card = (name: string) => wrapper.get(`[data-test="kpi-${name}"]`)
    expect(card('resolution').get('[data-test="kpi-value"]').text()).toBe('96 %')
    expect(card('resolution').classes()).toContain('v-good')
    expect(card('first-response').classes()).toContain('v-bad')
    expect(card('duplicates').get('[data-test="kpi-value"]').text()).toBe('2,5 %')
    expect(card('duplicates').classes()).toContain('v-bad')
    expect(card('csat').get('[data-test="kpi-value"]').text()).toBe('86,7 %')
    expect(card('csat').text()).toContain('средняя оценка 4,4 из 5')
    expect(card('nps').get('[data-test="kpi-value"]').text()).toBe('40')
    expect(card('nps').classes()).toContain('v-bad')

    const rows = wrapper.findAll('[data-test="figures-row"]').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(rows).toEqual([
      ['Первая реакция', '50', '90 %', '30 мин', '2 ч'],
      ['Решение заявки', '50', '96 %', '20 ч', '2 д 2 ч'],
      ['Склад', '12', '100 %', '3 ч', '4 ч'],
    ])

    await wrapper.get('[data-test="figures-period-7"]').trigger('click')
    await flushPromises()
    expect(metrics).toHaveBeenLastCalledWith(7)
    wrapper.unmount()
  })
})
