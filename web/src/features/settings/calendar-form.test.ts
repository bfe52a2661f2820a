import { describe, expect, it } from 'vitest'
import { fromCalendarForm, splitHours, toCalendarForm, validateCalendar } from './calendar-form'
import type { CalendarDefinition } from './types'

const calendar: CalendarDefinition = {
  id: 'support',
  zone: 'Europe/Minsk',
  weekly: {
    MONDAY: ['09:00-13:00', '14:00-18:00'],
    TUESDAY: [],
    WEDNESDAY: [],
    THURSDAY: [],
    FRIDAY: [],
    SATURDAY: [],
    SUNDAY: [],
  },
  exceptions: [{ date: '2026-01-07', kind: 'HOLIDAY', name: 'Рождество' }],
  version: 2,
}
const t = (key: string) => key

describe('calendar form', () => {
  it('edits each day as one line and sends lists back', () => {
    const form = toCalendarForm(calendar)
    expect(form.weekly.MONDAY).toBe('09:00-13:00, 14:00-18:00')
    form.weekly.SATURDAY = '10:00 – 14:00'
    form.exceptions.unshift({ date: '2026-01-03', kind: 'WORKING_DAY', name: ' Перенос ', hours: '09:00-13:00' })
    const saved = fromCalendarForm(form, calendar)
    expect(saved.weekly.SATURDAY).toEqual(['10:00-14:00'])
    expect(saved.exceptions[0]).toEqual({ date: '2026-01-03', kind: 'WORKING_DAY', name: 'Перенос', hours: ['09:00-13:00'] })
    expect(saved.exceptions[1]).toEqual({ date: '2026-01-07', kind: 'HOLIDAY', name: 'Рождество' })
  })

  it('splits on commas and semicolons', () => {
    expect(splitHours('09:00-13:00; 14:00 - 18:00,')).toEqual(['09:00-13:00', '14:00-18:00'])
    expect(splitHours('')).toEqual([])
  })

  it('names wrong hours, dates and names', () => {
    const form = toCalendarForm(calendar)
    form.weekly.MONDAY = '9 to 5'
    form.exceptions.push({ date: '2026-01-07', kind: 'HOLIDAY', name: '', hours: '' })
    expect(validateCalendar(form, t)).toEqual({
      'weekly.MONDAY': 'settings.errors.hours',
      '1.date': 'settings.errors.dateTwice',
      '1.name': 'settings.errors.required',
    })
  })
})
