import { describe, expect, it } from 'vitest'
import type { LiveRow } from './api'
import { countOf, coverageOf, differencesByKind, isLow, parseReorderPoint, plural, sortLive } from './live'

const row = (over: Partial<LiveRow & { sku: string }>): LiveRow & { sku: string } => ({
  itemId: 'i', warehouseId: 'w', onHand: 5, reserved: 0, available: 5, reorderPoint: null, low: false, lowSince: null,
  consumed28Days: 0, weeklyConsumption: 0, coverageWeeks: null, appliedSeq: 1, lastMovementAt: null, eventTime: null,
  sku: 'A', ...over,
})

describe('live stock formatting', () => {
  it('picks the Russian plural form', () => {
    const rows = 'строка;строки;строк'
    expect([0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1000].map((n) => plural(n, rows))).toEqual([
      'строк', 'строка', 'строки', 'строки', 'строк', 'строк', 'строк', 'строк', 'строка', 'строки', 'строк', 'строка', 'строк', 'строк',
    ])
    expect(countOf(12345, 'позиция;позиции;позиций')).toBe('12\u00a0345\u00a0позиций')
    expect(countOf(1, 'row;rows', 'en')).toBe('1\u00a0row')
    expect(countOf(3, 'row;rows', 'en')).toBe('3\u00a0rows')
  })

  it('says coverage in weeks the Russian way, or that nothing is consumed or left', () => {
    expect(coverageOf(row({ coverageWeeks: 2.5 }))).toEqual({ kind: 'weeks', text: '2,5' })
    expect(coverageOf(row({ coverageWeeks: 2.04 }))).toEqual({ kind: 'weeks', text: '2' })
    expect(coverageOf(row({ coverageWeeks: 16.4 }))).toEqual({ kind: 'weeks', text: '16' })
    expect(coverageOf(row({ coverageWeeks: 1234 }))).toEqual({ kind: 'weeks', text: '1\u00a0234' })
    expect(coverageOf(row({ coverageWeeks: null }))).toEqual({ kind: 'none' })
    expect(coverageOf(row({ coverageWeeks: 0, available: 0 }))).toEqual({ kind: 'empty' })
    expect(coverageOf(row({ coverageWeeks: 2.5 }), 'en')).toEqual({ kind: 'weeks', text: '2.5' })
  })

  it('puts rows below their reorder point first, then the shortest coverage', () => {
    const sorted = sortLive([
      row({ sku: 'C', coverageWeeks: null }),
      row({ sku: 'B', coverageWeeks: 3 }),
      row({ sku: 'D', coverageWeeks: 1 }),
      row({ sku: 'A', available: 2, reorderPoint: 10, coverageWeeks: 8 }),
    ])
    expect(sorted.map((r) => r.sku)).toEqual(['A', 'D', 'B', 'C'])
    expect(isLow(row({ available: 10, reorderPoint: 10 }))).toBe(false)
    expect(isLow(row({ low: true }))).toBe(true)
  })

  it('counts reconciliation differences by kind in a fixed order', () => {
    const d = (kind: 'ON_HAND' | 'RESERVED' | 'MISSING_IN_LEDGER') =>
      ({ kind, itemId: 'i', warehouseId: 'w', ledger: 1, streams: 2, appliedSeq: 1, ledgerSeq: 1 })
    expect(differencesByKind([d('MISSING_IN_LEDGER'), d('ON_HAND'), d('MISSING_IN_LEDGER')])).toEqual([
      ['ON_HAND', 1],
      ['MISSING_IN_LEDGER', 2],
    ])
    expect(differencesByKind([])).toEqual([])
  })

  it('reads a typed reorder point', () => {
    expect(parseReorderPoint('10')).toBe(10)
    expect(parseReorderPoint(' 2,5 ')).toBe(2.5)
    expect(parseReorderPoint('1 000')).toBe(1000)
    expect(parseReorderPoint('0')).toBe(0)
    expect(parseReorderPoint('')).toBe('required')
    expect(parseReorderPoint('-1')).toBe('invalid')
    expect(parseReorderPoint('1,2345')).toBe('invalid')
    expect(parseReorderPoint('abc')).toBe('invalid')
  })
})
