import type { Priority } from '@/shared/api-types'

export const PRIORITY_RULE_KINDS = ['KEYWORD', 'TIER', 'CATEGORY', 'DEVICE_TYPE'] as const
export type PriorityRuleKind = (typeof PRIORITY_RULE_KINDS)[number]

/** Every matching rule proposes its priority; the most urgent proposal wins. */
export interface PriorityRule {
  id: string | null
  kind: PriorityRuleKind | string
  /** For KEYWORD a case-insensitive regular expression; else the tier, category or device type code. */
  match: string
  priority: Priority
  description: string
  active: boolean
}

export interface PlannedTask {
  kind: string
  after: string | null
}

/** The first active rule (by position) whose non-null conditions all match plans the tasks. */
export interface RoutingRule {
  id: string | null
  position: number
  category: string | null
  deviceType: string | null
  region: string | null
  tier: string | null
  plan: PlannedTask[]
  description: string
  active: boolean
}

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'DAY_OFF', 'WORKING_DAY'] as const
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number]

export interface CalendarDay {
  /** yyyy-mm-dd */
  date: string
  kind: CalendarDayKind | string
  name: string
  /** Only for a WORKING_DAY with its own hours, as "09:00-13:00". */
  hours?: string[]
}

/** A business calendar: weekly hours with breaks ("09:00-13:00", "14:00-18:00") and dated exceptions. */
export interface CalendarDefinition {
  id: string
  zone: string
  weekly: Record<Weekday, string[]>
  exceptions: CalendarDay[]
  version: number
}

/** A java.time.Duration as the server writes it: ISO-8601 ("PT1H30M") or seconds. */
export type DurationValue = string | number

export interface SlaTargets {
  firstResponse: DurationValue
  resolution: DurationValue
}

export const LADDER_TRIGGERS = ['WARNING', 'BREACH'] as const
export const LADDER_AUDIENCES = ['ASSIGNEE', 'DEPARTMENT_HEAD', 'MANAGER'] as const

/** One rung: after the warning or the breach, plus a delay, tell the audience. */
export interface EscalationStep {
  level: number
  after: string
  delay: DurationValue
  audience: string
}

/** dozor.clocks.SlaPolicy: targets by tier ("*" is any tier) and priority, legs, pauses, warning share, ladder. */
export interface SlaPolicy {
  version: number
  targets: Record<string, Record<string, SlaTargets>>
  legTargets: Record<string, DurationValue>
  pausingStatuses: string[]
  /** 0..1 */
  warnAt: number
  ladder: EscalationStep[]
  supportCalendar: string
  departmentCalendars: Record<string, string>
}
