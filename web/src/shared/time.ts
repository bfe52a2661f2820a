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
