import type { DurationValue } from './types'

/** Minutes of a Duration the server sent: ISO-8601 ("PT1H30M", "P1DT2H") or seconds as a number. */
export function durationMinutes(value: DurationValue | null | undefined): number {
  if (value === null || value === undefined) return 0
  if (typeof value === 'number') return Math.round(value / 60)
  const numeric = Number(value)
  if (value.trim() !== '' && !Number.isNaN(numeric)) return Math.round(numeric / 60)
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value.trim())
  if (!m) return 0
  const [, d, h, min, s] = m
  return Math.round(Number(d ?? 0) * 1440 + Number(h ?? 0) * 60 + Number(min ?? 0) + Number(s ?? 0) / 60)
}

/** ISO-8601 for the server, in whole minutes. */
export function isoMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes))
  const h = Math.floor(total / 60)
  const m = total % 60
  if (total === 0) return 'PT0S'
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}`
}

/** Hours as an administrator types them ("1,5" or "1.5"); NaN when it is not a number. */
export function parseHours(text: string | number): number {
  if (typeof text === 'number') return text
  const cleaned = text.trim().replace(',', '.')
  return cleaned === '' ? Number.NaN : Number(cleaned)
}

/** Minutes as hours for an input: 90 → "1,5" in Russian. */
export function hoursText(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60)
}
