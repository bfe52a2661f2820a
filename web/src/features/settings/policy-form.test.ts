import { describe, expect, it } from 'vitest'
import { fromForm, toForm, validatePolicy } from './policy-form'
import type { SlaPolicy } from './types'

const policy: SlaPolicy = {
  version: 3,
  targets: {
    GOLD: { P1: { firstResponse: 'PT30M', resolution: 'PT4H' } },
    '*': { P2: { firstResponse: 'PT4H', resolution: 'PT24H' }, P1: { firstResponse: 'PT1H', resolution: 'PT8H' } },
  },
  legTargets: { ENGINEERING: 'PT16H' },
  pausingStatuses: ['AWAITING_CUSTOMER'],
  warnAt: 0.8,
  ladder: [
    { level: 2, after: 'BREACH', delay: 'PT0S', audience: 'DEPARTMENT_HEAD' },
    { level: 1, after: 'WARNING', delay: 'PT0S', audience: 'ASSIGNEE' },
  ],
  supportCalendar: 'support',
  departmentCalendars: {},
}
const t = (key: string) => key

describe('SLA policy form', () => {
  it('shows hours and percent, any tier first, the ladder by level', () => {
    const form = toForm(policy, 'ru')
    expect(form.warnPercent).toBe('80')
    expect(form.targets.map((r) => `${r.tier}/${r.priority}`)).toEqual(['*/P1', '*/P2', 'GOLD/P1'])
    expect(form.targets[2]).toMatchObject({ firstResponse: '0,5', resolution: '4' })
    expect(form.ladder.map((s) => s.audience)).toEqual(['ASSIGNEE', 'DEPARTMENT_HEAD'])
  })

  it('sends back ISO durations, a share and renumbered rungs', () => {
    const form = toForm(policy, 'ru')
    form.warnPercent = '75'
    form.targets[0]!.firstResponse = '1,5'
    form.departmentCalendars = { WAREHOUSE: '', ENGINEERING: 'office' }
    const saved = fromForm(form, policy)
    expect(saved.warnAt).toBe(0.75)
    expect(saved.targets['*']!.P1).toEqual({ firstResponse: 'PT1H30M', resolution: 'PT8H' })
    expect(saved.ladder.map((s) => s.level)).toEqual([1, 2])
    expect(saved.departmentCalendars).toEqual({ ENGINEERING: 'office' })
  })

  it('names each wrong field', () => {
    const form = toForm(policy, 'ru')
    form.warnPercent = '120'
    form.targets[0]!.firstResponse = 'x'
    form.targets[1]!.firstResponse = '30'
    form.ladder[0]!.delay = '-1'
    expect(validatePolicy(form, t)).toEqual({
      warnPercent: 'settings.errors.percent',
      'targets.0.firstResponse': 'settings.errors.positiveHours',
      'targets.1.resolution': 'settings.errors.resolutionBeforeResponse',
      'ladder.0.delay': 'settings.errors.nonNegativeHours',
    })
  })
})
