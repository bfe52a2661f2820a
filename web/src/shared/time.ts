/** Business time zone: every time on screen is Minsk local time, whatever the browser's zone. */
export const BUSINESS_TIME_ZONE = 'Europe/Minsk'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, withSeconds: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withSeconds}`
  let result = formatters.get(key)
  if (!result) {
    result = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
      timeZone: BUSINESS_TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined,
      hourCycle: 'h23',
    })
    formatters.set(key, result)
  }
  return result
}

/** '2026-11-25T10:15:30Z' → '25.11.2026, 13:15' (Minsk). Empty string for null or garbage. */
export function formatDateTime(iso: string | null | undefined, locale: string, withSeconds = false): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return formatter(locale, withSeconds).format(date)
}

/** Milliseconds as 'h:mm:ss', with a day prefix past 24 h: 93784000 → '1 д 02:03:04'. */
export function formatDuration(ms: number, dayUnit = (n: number) => `${n} д`): string {
  const total = Math.floor(Math.abs(ms) / 1000)
  const days = Math.floor(total / 86400)
  const hours = Math.floor((total % 86400) / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const mm = String(minutes).padStart(2, '0')
  const ss = String(seconds).padStart(2, '0')
  if (days > 0) return `${dayUnit(days)} ${String(hours).padStart(2, '0')}:${mm}:${ss}`
  return `${hours}:${mm}:${ss}`
}

/** '+375291234567' → '+375 29 123-45-67'; anything else is shown as the server sent it. */
export function formatPhone(phone: string): string {
  const match = /^\+375(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(phone.replace(/[\s()-]/g, ''))
  return match ? `+375 ${match[1]} ${match[2]}-${match[3]}-${match[4]}` : phone
}

/** Business time as hours and minutes: 7_800_000 → '2 ч 10 мин', 57_600_000 → '16 ч', 0 → '0 мин'. */
export function formatHoursMinutes(ms: number, units: { h: string; min: string } = { h: 'ч', min: 'мин' }): string {
  const totalMinutes = Math.round(Math.max(0, ms) / 60_000)
  const hours = Math.floor(totalMinutes / 60)
  const minutes = totalMinutes % 60
  if (hours === 0) return `${minutes} ${units.min}`
  return minutes === 0 ? `${hours} ${units.h}` : `${hours} ${units.h} ${minutes} ${units.min}`
}

/** Milliseconds as hours with one decimal, for figures: 5_400_000 → '1,5' (ru) or '1.5' (en). */
export function formatHoursDecimal(ms: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    ms / 3_600_000,
  )
}

/** A share 0..1 as a whole percentage: 0.876 → '88 %' (ru) or '88%' (en). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ru-RU', { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** A date without time: '2026-11-25' or an ISO instant → '25.11.2026' (Minsk). */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return ''
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
    timeZone: BUSINESS_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date)
}

/** A file size in human units: 1536 → '1,5 КБ'. */
export function formatBytes(bytes: number, locale: string): string {
  const units = locale === 'en' ? ['B', 'KB', 'MB', 'GB'] : ['Б', 'КБ', 'МБ', 'ГБ']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}

/** Today's date in Minsk as yyyy-mm-dd (for date inputs and period filters). */
export function todayInMinsk(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
