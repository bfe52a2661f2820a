import type { SlaFigures } from '@/features/sla/types'

export type Verdict = 'good' | 'bad' | 'none'

/** A number the server sent (a BigDecimal may arrive as a number or a string); null stays null. */
export function numberOrNull(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  const n = Number(value)
  return Number.isNaN(n) ? null : n
}

/** "96,4 %" in Russian, "96.4 %" in English; a dash for nothing. */
export function formatPercent(value: number | null, locale: string, digits = 1): string {
  if (value === null) return '—'
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value)} %`
}

export function formatNumber(value: number | null, locale: string, digits = 1): string {
  if (value === null) return '—'
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)
}

/**
 * Business time in the units a manager thinks in: minutes under an hour, hours (one decimal) under two days,
 * else days and hours. Units come translated: { m: 'мин', h: 'ч', d: 'д' }.
 */
export function formatSpan(millis: number | null, units: { m: string; h: string; d: string }, locale: string): string {
  if (millis === null || millis <= 0) return '—'
  const minutes = millis / 60_000
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))} ${units.m}`
  const hours = minutes / 60
  if (hours < 48) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours)} ${units.h}`
  const days = Math.floor(hours / 24)
  const rest = Math.round(hours - days * 24)
  return rest > 0 ? `${days} ${units.d} ${rest} ${units.h}` : `${days} ${units.d}`
}

/** At least the goal is good; nothing measured is no verdict. */
export function atLeast(value: number | null, goal: number): Verdict {
  return value === null ? 'none' : value >= goal ? 'good' : 'bad'
}

export function below(value: number | null, goal: number): Verdict {
  return value === null ? 'none' : value < goal ? 'good' : 'bad'
}

export interface FigureRows {
  /** FIRST_RESPONSE and RESOLUTION, in that order */
  overall: SlaFigures[]
  /** department legs, department code as `department` */
  legs: (SlaFigures & { department: string })[]
}

/** Splits the server's list into the request-wide targets and the departments' legs. */
export function splitFigures(figures: SlaFigures[]): FigureRows {
  const order = ['FIRST_RESPONSE', 'RESOLUTION']
  const overall = figures
    .filter((f) => order.includes(f.target))
    .sort((a, b) => order.indexOf(a.target) - order.indexOf(b.target))
  const legs = figures
    .filter((f) => f.target.startsWith('LEG:'))
    .map((f) => ({ ...f, department: f.target.slice(4) }))
    .sort((a, b) => a.department.localeCompare(b.department))
  return { overall, legs }
}

/** Share within SLA in percent, null when no clock finished. */
export function metPercent(figure: SlaFigures | undefined): number | null {
  if (!figure || figure.finished === 0) return null
  return figure.metShare * 100
}
