import { describe, expect, it } from 'vitest'
import { exportQuery, filterBalances, formatMoney, formatQty, parseQty, sortBalances, type BalanceRow } from './format'
import type { StockItem } from './api'

function row(sku: string, over: Partial<BalanceRow> = {}, item: Partial<StockItem> = {}): BalanceRow {
  return {
    itemId: sku,
    sku,
    itemName: `Позиция ${sku}`,
    warehouseId: 'w1',
    warehouseCode: 'MSK',
    onHand: 1,
    reserved: 0,
    available: 1,
    inTransit: 0,
    averageCost: 1,
    value: 1,
    item: { id: sku, sku, name: sku, category: 'SPARE_PART', unit: 'PCS', serialTracked: false, abcClass: 'A', supplierId: null, createdAt: '', ...item },
    ...over,
  }
}

const ALL = { warehouseId: '', category: '' as const, abc: '' as const, q: '', stock: 'ALL' as const }

describe('stock formatting', () => {
  it('writes numbers the Russian way', () => {
    expect(formatQty(1234.5)).toBe('1\u00a0234,5')
    expect(formatMoney(1234.5)).toBe('1\u00a0234,50\u00a0руб.')
    expect(formatQty(null)).toBe('—')
    expect(formatQty(-2)).toBe('\u22122')
  })

  it('reads a typed quantity with a comma or a point', () => {
    expect(parseQty('1,5')).toBe(1.5)
    expect(parseQty(' 12 ')).toBe(12)
    expect(parseQty('-1')).toBeNull()
    expect(parseQty('пять')).toBeNull()
  })
})

describe('balance filters', () => {
  const rows = [
    row('HDD-1', { onHand: 3, available: 3 }),
    row('CAB-2', { warehouseId: 'w2', onHand: 2, reserved: 2, available: 0 }, { category: 'CONSUMABLE', abcClass: 'C' }),
    row('CAM-3', { onHand: 0, available: 0 }, { abcClass: null }),
  ]

  it('filters by warehouse, category, ABC, text and presence', () => {
    expect(filterBalances(rows, ALL)).toHaveLength(3)
    expect(filterBalances(rows, { ...ALL, warehouseId: 'w2' }).map((r) => r.sku)).toEqual(['CAB-2'])
    expect(filterBalances(rows, { ...ALL, category: 'SPARE_PART' }).map((r) => r.sku)).toEqual(['HDD-1', 'CAM-3'])
    expect(filterBalances(rows, { ...ALL, abc: 'A' }).map((r) => r.sku)).toEqual(['HDD-1'])
    expect(filterBalances(rows, { ...ALL, q: 'cab' }).map((r) => r.sku)).toEqual(['CAB-2'])
    expect(filterBalances(rows, { ...ALL, stock: 'IN_STOCK' }).map((r) => r.sku)).toEqual(['HDD-1', 'CAB-2'])
    expect(filterBalances(rows, { ...ALL, stock: 'NONE_AVAILABLE' }).map((r) => r.sku)).toEqual(['CAB-2', 'CAM-3'])
  })

  it('sorts numbers as numbers and text in Russian order', () => {
    expect(sortBalances(rows, 'onHand', true).map((r) => r.sku)).toEqual(['HDD-1', 'CAB-2', 'CAM-3'])
    expect(sortBalances(rows, 'sku', false).map((r) => r.sku)).toEqual(['CAB-2', 'CAM-3', 'HDD-1'])
  })

  it('sends the export the same filter without blanks', () => {
    expect(exportQuery(ALL)).toEqual({ warehouseId: undefined, category: undefined, abc: undefined, q: undefined, stock: undefined })
    expect(exportQuery({ ...ALL, q: ' hdd ', stock: 'IN_STOCK', abc: 'B' })).toMatchObject({ q: 'hdd', stock: 'IN_STOCK', abc: 'B' })
  })
})
