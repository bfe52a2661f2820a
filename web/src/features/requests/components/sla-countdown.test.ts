import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import type { SlaView } from '@/shared/api-types'
import { i18n, setLocale } from '@/shared/i18n'
import SlaCountdown from './sla-countdown.vue'

const running = (dueAt: string): SlaView => ({ target: 'FIRST_RESPONSE', state: 'RUNNING', startedAt: '2026-11-25T10:00:00Z', dueAt })
const mountWith = (sla: SlaView, large = false) => mount(SlaCountdown, { props: { sla, large }, global: { plugins: [i18n] } })

describe('sla-countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-11-25T13:59:57Z'))
    setLocale('ru', false)
  })
  afterEach(() => vi.useRealTimers())

  it('ticks every second and turns red once the due time passes', async () => {
    const wrapper = mountWith(running('2026-11-25T14:00:00Z'))
    expect(wrapper.text()).toBe('Осталось 0:00:03')
    expect(wrapper.classes()).toContain('tone-warning')

    await vi.advanceTimersByTimeAsync(1000)
    expect(wrapper.text()).toBe('Осталось 0:00:02')

    await vi.advanceTimersByTimeAsync(5000)
    expect(wrapper.text()).toBe('Просрочено на 0:00:03')
    expect(wrapper.classes()).toContain('tone-danger')
    expect(wrapper.attributes('data-sla-clock')).toBe('overdue')
    wrapper.unmount()
  })

  it('shows a breached SLA in red with the overdue time', () => {
    const wrapper = mountWith({ ...running('2026-11-25T12:59:57Z'), state: 'BREACHED' })
    expect(wrapper.text()).toBe('Просрочено на 1:00:00')
    expect(wrapper.classes()).toContain('tone-danger')
    wrapper.unmount()
  })

  it('says the clock is being calculated while pending, in the chosen language', () => {
    const pending: SlaView = { target: 'FIRST_RESPONSE', state: 'PENDING', startedAt: null, dueAt: null }
    const wrapper = mountWith(pending)
    expect(wrapper.text()).toBe('Рассчитывается…')
    wrapper.unmount()

    setLocale('en', false)
    const english = mountWith(running('2026-11-25T16:00:00Z'), true)
    expect(english.get('.caption').text()).toBe('Time left')
    expect(english.get('.value').text()).toBe('2:00:03')
    expect(english.get('[aria-label]').attributes('aria-label')).toBe('2:00:03 left')
    english.unmount()
  })
})
