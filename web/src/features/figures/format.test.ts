import { describe, expect, it } from 'vitest'
import { numberOrNull, atLeast, below, formatPercent, formatSpan, metPercent, splitFigures } from './format'

const units = { m: 'мин', h: 'ч', d: 'д' }
const figure = (target: string, finished = 10, metShare = 0.9) => ({ target, finished, met: 9, metShare, meanMillis: 1, p90Millis: 2 })

describe('figures formatting', () => {
  it('formats percent in the reader\'s language', () => {
    expect(formatPercent(96.44, 'ru')).toBe('96,4 %')
    expect(formatPercent(96.44, 'en')).toBe('96.4 %')
    expect(formatPercent(null, 'ru')).toBe('—')
  })

  it('reads the server\'s decimals', () => {
    expect(numberOrNull(42.5)).toBe(42.5)
    expect(numberOrNull('96.40')).toBe(96.4)
    expect(numberOrNull(null)).toBeNull()
  })

  it('shows business time in minutes, hours or days', () => {
    expect(formatSpan(25 * 60_000, units, 'ru')).toBe('25 мин')
    expect(formatSpan(90 * 60_000, units, 'ru')).toBe('1,5 ч')
    expect(formatSpan(50 * 3_600_000, units, 'ru')).toBe('2 д 2 ч')
    expect(formatSpan(0, units, 'ru')).toBe('—')
  })

  it('judges a figure against its goal', () => {
    expect(atLeast(95, 95)).toBe('good')
    expect(atLeast(94.9, 95)).toBe('bad')
    expect(below(1.99, 2)).toBe('good')
    expect(below(2, 2)).toBe('bad')
    expect(atLeast(null, 70)).toBe('none')
  })

  it('splits request targets from department legs', () => {
    const rows = splitFigures([figure('LEG:WAREHOUSE'), figure('RESOLUTION'), figure('FIRST_RESPONSE'), figure('LEG:ENGINEERING')])
    expect(rows.overall.map((f) => f.target)).toEqual(['FIRST_RESPONSE', 'RESOLUTION'])
    expect(rows.legs.map((f) => f.department)).toEqual(['ENGINEERING', 'WAREHOUSE'])
    expect(metPercent(figure('RESOLUTION', 0))).toBeNull()
    expect(metPercent(figure('RESOLUTION', 4, 0.75))).toBe(75)
  })
})
