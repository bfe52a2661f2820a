import { describe, expect, it } from 'vitest'
import { durationMinutes, hoursText, isoMinutes, parseHours } from './durations'

describe('policy durations', () => {
  it('reads ISO-8601 and seconds', () => {
    expect(durationMinutes('PT1H')).toBe(60)
    expect(durationMinutes('PT30M')).toBe(30)
    expect(durationMinutes('PT2H30M')).toBe(150)
    expect(durationMinutes('P1DT2H')).toBe(1560)
    expect(durationMinutes(3600)).toBe(60)
    expect(durationMinutes('7200.000000000')).toBe(120)
    expect(durationMinutes('PT0S')).toBe(0)
  })

  it('writes ISO-8601 in whole minutes', () => {
    expect(isoMinutes(90)).toBe('PT1H30M')
    expect(isoMinutes(480)).toBe('PT8H')
    expect(isoMinutes(0)).toBe('PT0S')
  })

  it('reads hours with a comma or a dot', () => {
    expect(parseHours('1,5')).toBe(1.5)
    expect(parseHours('2')).toBe(2)
    expect(parseHours('')).toBeNaN()
    expect(parseHours('abc')).toBeNaN()
    expect(hoursText(90, 'ru')).toBe('1,5')
    expect(hoursText(480, 'en')).toBe('8')
  })
})
