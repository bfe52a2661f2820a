import { describe, expect, it } from 'vitest'
import { formatDateTime, formatDuration, formatPhone } from './time'

describe('time and phone formatting', () => {
  it('shows instants in Minsk local time (UTC+3) whatever the browser zone', () => {
    expect(formatDateTime('2026-11-25T10:15:30Z', 'ru')).toBe('25.11.2026, 13:15')
    expect(formatDateTime('2026-12-31T21:30:00Z', 'ru')).toBe('01.01.2027, 00:30')
    expect(formatDateTime('2026-11-25T10:15:30Z', 'ru', true)).toBe('25.11.2026, 13:15:30')
    expect(formatDateTime('2026-11-25T10:15:30Z', 'en')).toBe('25/11/2026, 13:15')
  })

  it('shows nothing for a missing or broken instant', () => {
    expect(formatDateTime(null, 'ru')).toBe('')
    expect(formatDateTime('not a date', 'ru')).toBe('')
  })

  it('formats durations as h:mm:ss with a day prefix past 24 hours', () => {
    expect(formatDuration(0)).toBe('0:00:00')
    expect(formatDuration(59_999)).toBe('0:00:59')
    expect(formatDuration((3600 + 5 * 60 + 30) * 1000)).toBe('1:05:30')
    expect(formatDuration(-61_000)).toBe('0:01:01')
    expect(formatDuration((86400 * 2 + 3 * 3600 + 4 * 60 + 5) * 1000)).toBe('2 д 03:04:05')
    expect(formatDuration(86400_000, (n) => `${n} d`)).toBe('1 d 00:00:00')
  })

  it('groups Belarusian mobile numbers and leaves others alone', () => {
    expect(formatPhone('+375291234567')).toBe('+375 29 123-45-67')
    expect(formatPhone('+375 (29) 123-45-67')).toBe('+375 29 123-45-67')
    expect(formatPhone('+48 600 700 800')).toBe('+48 600 700 800')
  })
})
