import { DIFFERENCE_KINDS, type DifferenceKind, type LiveRow, type ReconciliationDifference } from './api'

/** Live stock, reorder points, reconciliation and ABC: who may act (SecurityConfiguration's live-stock rules). */
export const REORDER_POINT_EDITORS: readonly string[] = ['ADMIN', 'WAREHOUSE', 'PROCUREMENT']
export const RECONCILERS: readonly string[] = ['ADMIN', 'WAREHOUSE', 'ACCOUNTANT']
export const ABC_APPLIERS: readonly string[] = ['ADMIN', 'WAREHOUSE', 'PROCUREMENT']

/** The «Онлайн» tab asks the streams again this often. */
export const LIVE_REFRESH_MS = 12_000

/**
 * The form of a noun for a count: `forms` is "one;few;many" in Russian («строка;строки;строк»), "one;other" in
 * English. 1, 21, 101 → one; 2–4, 22–24 → few; 0, 5–20, 11–14, 25 → many; a fraction takes "few" («2,5 недели»).
 */
export function plural(n: number, forms: string, locale = 'ru'): string {
  const f = forms.split(';')
  if (f.length < 3 || !locale.startsWith('ru')) return Math.abs(n) === 1 ? f[0]! : f[f.length - 1]!
  if (!Number.isInteger(n)) return f[1]!
  const abs = Math.abs(n)
  const mod10 = abs % 10
  const mod100 = abs % 100
  if (mod10 === 1 && mod100 !== 11) return f[0]!
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return f[1]!
  return f[2]!
}

/** "12 строк": the number (Russian digits) and its noun. */
export function countOf(n: number, forms: string, locale = 'ru'): string {
  return `${new Intl.NumberFormat(locale.startsWith('ru') ? 'ru-RU' : 'en-GB').format(n)}\u00a0${plural(n, forms, locale)}`
}

/** Weeks of coverage as a short number: one decimal under 10 («2,5»), whole weeks above («16»). */
export function formatWeeks(weeks: number, locale = 'ru'): string {
  const digits = Math.abs(weeks) < 10 ? 1 : 0
  return new Intl.NumberFormat(locale.startsWith('ru') ? 'ru-RU' : 'en-GB', { maximumFractionDigits: digits }).format(weeks)
}

export type Coverage = { kind: 'none' } | { kind: 'empty' } | { kind: 'weeks'; text: string }

/** What to say about a row's coverage: no consumption, nothing left, or about N weeks. */
export function coverageOf(row: Pick<LiveRow, 'coverageWeeks' | 'available'>, locale = 'ru'): Coverage {
  if (row.coverageWeeks == null) return { kind: 'none' }
  if (row.available <= 0 || row.coverageWeeks <= 0) return { kind: 'empty' }
  return { kind: 'weeks', text: formatWeeks(row.coverageWeeks, locale) }
}

/** Below its reorder point now (the streams' flag, or the figures when the flag lags a refresh). */
export function isLow(row: Pick<LiveRow, 'low' | 'available' | 'reorderPoint'>): boolean {
  return row.low || (row.reorderPoint != null && row.reorderPoint > 0 && row.available < row.reorderPoint)
}

/** Rows below their reorder point first, then the shortest coverage, then by SKU. */
export function sortLive<T extends LiveRow & { sku: string }>(rows: readonly T[]): T[] {
  const cover = (r: T) => (r.coverageWeeks == null ? Number.POSITIVE_INFINITY : r.coverageWeeks)
  return [...rows].sort((a, b) => {
    const low = Number(isLow(b)) - Number(isLow(a))
    if (low !== 0) return low
    const c = cover(a) - cover(b)
    if (c !== 0 && !Number.isNaN(c)) return c
    return a.sku.localeCompare(b.sku, 'ru')
  })
}

/** Differences counted by kind, in the order of DIFFERENCE_KINDS; kinds without a difference left out. */
export function differencesByKind(differences: readonly ReconciliationDifference[]): [DifferenceKind, number][] {
  return DIFFERENCE_KINDS.map((kind): [DifferenceKind, number] => [kind, differences.filter((d) => d.kind === kind).length])
    .filter(([, n]) => n > 0)
}

/** A reorder point as typed ("2,5", "10") or why it is not one: a number ≥ 0 with up to 3 decimals. */
export function parseReorderPoint(text: string): number | 'required' | 'invalid' {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.')
  if (trimmed === '') return 'required'
  if (!/^\d+(\.\d{1,3})?$/.test(trimmed)) return 'invalid'
  return Number(trimmed)
}
