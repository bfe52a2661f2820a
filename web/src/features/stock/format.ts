import type { AbcClass, Balance, ItemCategory, StockItem } from './api'

/** Numbers the Russian way: "1 234,5" (a narrow space between thousands, a decimal comma). */
const QTY = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 3 })
const MONEY = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** A typographic minus, as Russian text sets it. */
export function formatQty(value: number | null | undefined): string {
  return value == null ? '—' : QTY.format(value).replace('-', '\u2212')
}

/** Belarusian roubles, two decimals: "1 234,50 руб." */
export function formatMoney(value: number | null | undefined): string {
  return value == null ? '—' : `${MONEY.format(value)}\u00a0руб.`
}

/** A quantity the user typed ("1,5" or "1.5") as a number, or null if it is not one. */
export function parseQty(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null
  return Number(trimmed)
}

export type StockPresence = 'ALL' | 'IN_STOCK' | 'NONE_AVAILABLE'

/** The balance list's filters; the export endpoint applies the same (ExportController.BalanceFilter). */
export interface BalanceFilter {
  warehouseId: string
  category: ItemCategory | ''
  abc: AbcClass | ''
  q: string
  stock: StockPresence
}

export type BalanceSortKey = 'sku' | 'itemName' | 'warehouseCode' | 'onHand' | 'reserved' | 'available' | 'averageCost' | 'value'

export interface BalanceRow extends Balance {
  item: StockItem | undefined
}

export function filterBalances(rows: readonly BalanceRow[], f: BalanceFilter): BalanceRow[] {
  const text = f.q.trim().toLowerCase()
  return rows.filter((b) => {
    if (f.warehouseId && b.warehouseId !== f.warehouseId) return false
    if (f.category && b.item?.category !== f.category) return false
    if (f.abc && b.item?.abcClass !== f.abc) return false
    if (text && !b.sku.toLowerCase().includes(text) && !b.itemName.toLowerCase().includes(text)) return false
    if (f.stock === 'IN_STOCK' && !(b.onHand > 0)) return false
    if (f.stock === 'NONE_AVAILABLE' && b.available > 0) return false
    return true
  })
}

export function sortBalances(rows: readonly BalanceRow[], key: BalanceSortKey, descending: boolean): BalanceRow[] {
  const sign = descending ? -1 : 1
  return [...rows].sort((a, b) => {
    const x = a[key]
    const y = b[key]
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ru')
    return order === 0 ? a.sku.localeCompare(b.sku, 'ru') : sign * order
  })
}

/** The query the export endpoint takes for the same filter (blank values left out). */
export function exportQuery(f: BalanceFilter): Record<string, string | undefined> {
  return {
    warehouseId: f.warehouseId || undefined,
    category: f.category || undefined,
    abc: f.abc || undefined,
    q: f.q.trim() || undefined,
    stock: f.stock === 'ALL' ? undefined : f.stock,
  }
}

/** Short form of an id for a person to compare: the first 8 hex digits. */
export function shortId(id: string | null | undefined): string {
  return id ? id.slice(0, 8) : '—'
}
