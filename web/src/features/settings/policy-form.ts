import { durationMinutes, hoursText, isoMinutes, parseHours } from './durations'
import type { SlaPolicy } from './types'

/** The policy as the form edits it: hours as typed text, the warning share as percent. */
export interface PolicyForm {
  warnPercent: string
  targets: { tier: string; priority: string; firstResponse: string; resolution: string }[]
  legs: { department: string; hours: string }[]
  pausingStatuses: string[]
  ladder: { after: string; delay: string; audience: string }[]
  supportCalendar: string
  departmentCalendars: Record<string, string>
}

const TIER_ORDER = ['*', 'STANDARD', 'SILVER', 'GOLD', 'PLATINUM']

export function toForm(policy: SlaPolicy, locale: string): PolicyForm {
  const hours = (v: SlaPolicy['legTargets'][string]) => hoursText(durationMinutes(v), locale)
  const tiers = Object.keys(policy.targets).sort((a, b) => TIER_ORDER.indexOf(a) - TIER_ORDER.indexOf(b))
  return {
    warnPercent: String(Math.round(policy.warnAt * 100)),
    targets: tiers.flatMap((tier) =>
      Object.keys(policy.targets[tier] ?? {})
        .sort()
        .map((priority) => {
          const t = policy.targets[tier]![priority]!
          return { tier, priority, firstResponse: hours(t.firstResponse), resolution: hours(t.resolution) }
        }),
    ),
    legs: Object.keys(policy.legTargets).map((department) => ({ department, hours: hours(policy.legTargets[department]!) })),
    pausingStatuses: [...policy.pausingStatuses],
    ladder: [...policy.ladder]
      .sort((a, b) => a.level - b.level)
      .map((s) => ({ after: s.after, delay: hours(s.delay), audience: s.audience })),
    supportCalendar: policy.supportCalendar,
    departmentCalendars: { ...policy.departmentCalendars },
  }
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Messages keyed by field: warnPercent, targets.<i>.firstResponse, legs.<i>, ladder.<i>.delay, ladder. */
export function validatePolicy(form: PolicyForm, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  const warn = parseHours(form.warnPercent)
  if (!Number.isInteger(warn) || warn < 1 || warn > 99) errors.warnPercent = t('settings.errors.percent')
  const positive = (text: string, key: string) => {
    const h = parseHours(text)
    if (Number.isNaN(h) || h <= 0) errors[key] = t('settings.errors.positiveHours')
    else if (h > 24 * 366) errors[key] = t('settings.errors.tooLong')
  }
  form.targets.forEach((row, i) => {
    positive(row.firstResponse, `targets.${i}.firstResponse`)
    positive(row.resolution, `targets.${i}.resolution`)
    if (!errors[`targets.${i}.firstResponse`] && !errors[`targets.${i}.resolution`]
        && parseHours(row.firstResponse) > parseHours(row.resolution)) {
      errors[`targets.${i}.resolution`] = t('settings.errors.resolutionBeforeResponse')
    }
  })
  form.legs.forEach((row, i) => positive(row.hours, `legs.${i}`))
  form.ladder.forEach((row, i) => {
    const h = parseHours(row.delay)
    if (Number.isNaN(h) || h < 0) errors[`ladder.${i}.delay`] = t('settings.errors.nonNegativeHours')
  })
  if (form.ladder.length === 0) errors.ladder = t('settings.errors.ladderEmpty')
  return errors
}

export function fromForm(form: PolicyForm, original: SlaPolicy): SlaPolicy {
  const minutes = (text: string) => isoMinutes(parseHours(text) * 60)
  const targets: SlaPolicy['targets'] = {}
  for (const row of form.targets) {
    targets[row.tier] ??= {}
    targets[row.tier]![row.priority] = { firstResponse: minutes(row.firstResponse), resolution: minutes(row.resolution) }
  }
  const departmentCalendars: Record<string, string> = {}
  for (const [department, calendar] of Object.entries(form.departmentCalendars)) {
    if (calendar) departmentCalendars[department] = calendar
  }
  return {
    version: original.version,
    targets,
    legTargets: Object.fromEntries(form.legs.map((l) => [l.department, minutes(l.hours)])),
    pausingStatuses: [...form.pausingStatuses],
    warnAt: parseHours(form.warnPercent) / 100,
    ladder: form.ladder.map((s, i) => ({ level: i + 1, after: s.after, delay: minutes(s.delay), audience: s.audience })),
    supportCalendar: form.supportCalendar,
    departmentCalendars,
  }
}
