import { WEEKDAYS, type CalendarDay, type CalendarDefinition, type Weekday } from './types'

/** A calendar as the form edits it: each day's hours as one line of text, "09:00-13:00, 14:00-18:00". */
export interface CalendarForm {
  zone: string
  weekly: Record<Weekday, string>
  exceptions: { date: string; kind: string; name: string; hours: string }[]
}

const INTERVAL = /^([01]?\d|2[0-4]):[0-5]\d\s*[-–—]\s*([01]?\d|2[0-4]):[0-5]\d$/

export function splitHours(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((part) => part.trim().replace(/\s*[–—]\s*/, '-').replace(/\s*-\s*/, '-'))
    .filter((part) => part !== '')
}

export function toCalendarForm(calendar: CalendarDefinition): CalendarForm {
  const weekly = {} as Record<Weekday, string>
  for (const day of WEEKDAYS) weekly[day] = (calendar.weekly[day] ?? []).join(', ')
  return {
    zone: calendar.zone,
    weekly,
    exceptions: calendar.exceptions.map((d) => ({ date: d.date, kind: d.kind, name: d.name, hours: (d.hours ?? []).join(', ') })),
  }
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Messages keyed weekly.<DAY>, <i>.date, <i>.name, <i>.hours (the row keys the server's errors map to). */
export function validateCalendar(form: CalendarForm, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  const badHours = (text: string) => splitHours(text).some((part) => !INTERVAL.test(part))
  for (const day of WEEKDAYS) if (badHours(form.weekly[day])) errors[`weekly.${day}`] = t('settings.errors.hours')
  const seen = new Set<string>()
  form.exceptions.forEach((row, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) errors[`${i}.date`] = t('settings.errors.date')
    else if (seen.has(row.date)) errors[`${i}.date`] = t('settings.errors.dateTwice')
    seen.add(row.date)
    if (row.name.trim() === '') errors[`${i}.name`] = t('settings.errors.required')
    if (row.kind === 'WORKING_DAY' && badHours(row.hours)) errors[`${i}.hours`] = t('settings.errors.hours')
  })
  return errors
}

export function fromCalendarForm(form: CalendarForm, original: CalendarDefinition): CalendarDefinition {
  const weekly = {} as Record<Weekday, string[]>
  for (const day of WEEKDAYS) weekly[day] = splitHours(form.weekly[day])
  const exceptions: CalendarDay[] = form.exceptions
    .map((row) => ({
      date: row.date,
      kind: row.kind,
      name: row.name.trim(),
      ...(row.kind === 'WORKING_DAY' && splitHours(row.hours).length > 0 ? { hours: splitHours(row.hours) } : {}),
    }))
    .sort((a, b) => a.date.localeCompare(b.date))
  return { ...original, zone: form.zone.trim() || original.zone, weekly, exceptions }
}
