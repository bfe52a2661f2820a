import type { WorkTask } from '@/features/tasks/types'
import { http, type DownloadedFile } from '@/shared/http'

/** The stock API (dozor.stock): catalogue, balances, the ledger, transfers, reservations, demands, counts. */

export const ITEM_CATEGORIES = ['SPARE_PART', 'EQUIPMENT', 'CONSUMABLE', 'TOOL'] as const
export type ItemCategory = (typeof ITEM_CATEGORIES)[number]
export const UNITS = ['PCS', 'SET', 'M', 'L', 'KG'] as const
export type Unit = (typeof UNITS)[number]
export const ABC_CLASSES = ['A', 'B', 'C'] as const
export type AbcClass = (typeof ABC_CLASSES)[number]
export const WAREHOUSE_KINDS = ['CENTRAL', 'REGIONAL', 'REPAIR_LINE', 'VAN', 'SWAP_POOL'] as const
export type WarehouseKind = (typeof WAREHOUSE_KINDS)[number]
export const MOVEMENT_KINDS = [
  'RECEIPT',
  'ISSUE_TO_WORK',
  'RETURN_FROM_WORK',
  'TRANSFER_OUT',
  'TRANSFER_IN',
  'WRITE_OFF',
  'ADJUSTMENT_SURPLUS',
  'ADJUSTMENT_SHORTAGE',
  'SHIPMENT',
  'RETURN_FROM_CUSTOMER',
] as const
export type MovementKind = (typeof MOVEMENT_KINDS)[number]

export interface StockItem {
  id: string
  sku: string
  name: string
  category: ItemCategory
  unit: Unit
  serialTracked: boolean
  abcClass: AbcClass | null
  supplierId: string | null
  createdAt: string
}

export interface Warehouse {
  id: string
  code: string
  name: string
  kind: WarehouseKind
  region: string | null
  holder: string | null
  createdAt: string
}

/** Quantities and money arrive as JSON numbers (BigDecimal). */
export interface Balance {
  itemId: string
  sku: string
  itemName: string
  warehouseId: string
  warehouseCode: string
  onHand: number
  reserved: number
  available: number
  inTransit: number
  averageCost: number
  value: number
}

export interface Movement {
  id: string
  seq: number
  itemId: string
  warehouseId: string
  kind: MovementKind
  quantity: number
  unitCost: number | null
  onHandAfter: number
  averageCostAfter: number | null
  serial: string | null
  requestId: string | null
  taskId: string | null
  transferId: string | null
  reason: string | null
  actor: string
  at: string
}

export interface Transfer {
  id: string
  itemId: string
  fromWarehouseId: string
  toWarehouseId: string
  quantity: number
  serial: string | null
  unitCost: number | null
  status: 'IN_TRANSIT' | 'RECEIVED'
  dispatchedAt: string
  dispatchedBy: string
  receivedAt: string | null
  receivedBy: string | null
}

export interface Reservation {
  id: string
  itemId: string
  warehouseId: string
  quantity: number
  requestId: string | null
  taskId: string
  status: 'ACTIVE' | 'ISSUED' | 'RELEASED'
  createdBy: string
  createdAt: string
  closedBy: string | null
  closedAt: string | null
}

export interface Demand {
  id: string
  itemId: string
  warehouseId: string
  quantity: number
  requestId: string | null
  taskId: string | null
  status: 'OPEN' | 'COVERED' | 'CANCELLED'
  createdBy: string
  createdAt: string
}

export interface SerialHistory {
  itemId: string
  serial: string
  status: string
  warehouseId: string | null
  movements: Movement[]
}

export interface CountLine {
  itemId: string
  sku: string
  itemName: string
  expected: number
  counted: number | null
  difference: number | null
  movementId: string | null
}

export interface CountSheet {
  id: string
  warehouseId: string
  status: 'OPEN' | 'POSTED' | 'CANCELLED'
  note: string | null
  openedAt: string
  openedBy: string
  closedAt: string | null
  closedBy: string | null
  lines: CountLine[]
}

export interface ReservationOutcome {
  reservations: Reservation[]
  demands: Demand[]
}

export interface NewItem {
  sku: string
  name: string
  category: ItemCategory | ''
  unit: Unit | ''
  serialTracked: boolean
  abcClass: AbcClass | null
}

export interface NewMovement {
  kind: MovementKind
  itemId: string
  warehouseId: string
  quantity: string
  unitCost?: string | null
  serial?: string | null
  taskId?: string | null
  reason?: string | null
}

/** A live row of the streams (dozor.stock.live.LiveStockRow); coverageWeeks is null when nothing was consumed. */
export interface LiveRow {
  itemId: string
  warehouseId: string
  onHand: number
  reserved: number
  available: number
  reorderPoint: number | null
  low: boolean
  lowSince: string | null
  consumed28Days: number
  weeklyConsumption: number
  coverageWeeks: number | null
  appliedSeq: number
  lastMovementAt: string | null
  eventTime: string | null
}

export type ReorderPointSource = 'MANUAL' | 'PLAN'

export interface ReorderPoint {
  itemId: string
  warehouseId: string
  reorderPoint: number
  source: ReorderPointSource
  updatedBy: string
  updatedAt: string
}

export const DIFFERENCE_KINDS = ['ON_HAND', 'RESERVED', 'MISSING_IN_STREAMS', 'MISSING_IN_LEDGER', 'LEDGER_BALANCE'] as const
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number]

export interface ReconciliationDifference {
  kind: DifferenceKind
  itemId: string
  warehouseId: string
  ledger: number | null
  streams: number | null
  appliedSeq: number | null
  ledgerSeq: number | null
}

export interface Reconciliation {
  checkedAt: string
  rowsChecked: number
  rowsBehind: number
  differences: ReconciliationDifference[]
}

export interface ReconciliationRun {
  id: number
  runAt: string
  trigger: 'API' | 'SCHEDULE' | string
  rowsChecked: number
  differences: number
}

export interface AbcOutcome {
  analysed: number
  changed: number
  keptManual: number
  unknown: number
}

export type ExportFormat = 'xlsx' | 'csv'
export type StockList = 'balances' | 'warehouses' | 'transfers' | 'reservations' | 'demands'

/** "" and blanks become null, so an empty optional field is not sent as a value. */
function blankToNull(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value.trim()
}

export const stockApi = {
  items(q?: string, limit = 500): Promise<StockItem[]> {
    return http.get<StockItem[]>('/api/v1/stock/items', { query: { q: blankToNull(q), limit } })
  },
  item(id: string): Promise<StockItem> {
    return http.get<StockItem>('/api/v1/stock/items/{id}', { path: { id } })
  },
  createItem(item: NewItem): Promise<StockItem> {
    return http.post<StockItem>('/api/v1/stock/items', {
      json: { ...item, sku: item.sku.trim(), name: item.name.trim(), category: item.category || null, unit: item.unit || null },
    })
  },
  changeItem(id: string, change: { name: string; abcClass: AbcClass | null; supplierId: string | null }): Promise<StockItem> {
    return http.put<StockItem>('/api/v1/stock/items/{id}', { path: { id }, json: change })
  },
  warehouses(): Promise<Warehouse[]> {
    return http.get<Warehouse[]>('/api/v1/stock/warehouses')
  },
  createWarehouse(w: { code: string; name: string; kind: WarehouseKind | ''; region: string; holder: string }): Promise<Warehouse> {
    return http.post<Warehouse>('/api/v1/stock/warehouses', {
      json: { code: w.code.trim(), name: w.name.trim(), kind: w.kind || null, region: blankToNull(w.region), holder: blankToNull(w.holder) },
    })
  },
  balances(query: { itemId?: string; warehouseId?: string | null; nonZero?: boolean } = {}): Promise<Balance[]> {
    return http.get<Balance[]>('/api/v1/stock/balances', {
      query: { itemId: query.itemId, warehouseId: query.warehouseId || undefined, nonZero: query.nonZero, limit: 5000 },
    })
  },
  movements(itemId: string): Promise<Movement[]> {
    return http.get<Movement[]>('/api/v1/stock/items/{id}/movements', { path: { id: itemId }, query: { limit: 500 } })
  },
  serial(itemId: string, serial: string): Promise<SerialHistory> {
    return http.get<SerialHistory>('/api/v1/stock/items/{id}/serials/{serial}', { path: { id: itemId, serial } })
  },
  record(m: NewMovement): Promise<Movement> {
    return http.post<Movement>('/api/v1/stock/movements', {
      json: {
        kind: m.kind,
        itemId: m.itemId,
        warehouseId: m.warehouseId || null,
        quantity: blankToNull(m.quantity?.replace(',', '.')),
        unitCost: blankToNull(m.unitCost?.replace(',', '.')),
        serial: blankToNull(m.serial),
        taskId: blankToNull(m.taskId),
        reason: blankToNull(m.reason),
      },
    })
  },
  dispatch(t: { itemId: string; fromWarehouseId: string; toWarehouseId: string; quantity: string; serial?: string | null }): Promise<Transfer> {
    return http.post<Transfer>('/api/v1/stock/transfers', {
      json: {
        itemId: t.itemId,
        fromWarehouseId: t.fromWarehouseId || null,
        toWarehouseId: t.toWarehouseId || null,
        quantity: blankToNull(t.quantity.replace(',', '.')),
        serial: blankToNull(t.serial),
      },
    })
  },
  receive(id: string): Promise<Transfer> {
    return http.post<Transfer>('/api/v1/stock/transfers/{id}/receive', { path: { id } })
  },
  transfers(status: 'IN_TRANSIT' | 'RECEIVED' = 'IN_TRANSIT'): Promise<Transfer[]> {
    return http.get<Transfer[]>('/api/v1/stock/transfers', { query: { status, limit: 500 } })
  },
  reserve(r: { taskId: string; warehouseId: string; itemId: string; quantity: string; awaitPurchase: boolean }): Promise<ReservationOutcome> {
    return http.post<ReservationOutcome>('/api/v1/stock/reservations', {
      json: {
        taskId: blankToNull(r.taskId),
        warehouseId: r.warehouseId || null,
        lines: [{ itemId: r.itemId, quantity: blankToNull(r.quantity.replace(',', '.')) }],
        awaitPurchase: r.awaitPurchase,
      },
    })
  },
  reservations(query: { itemId?: string; status?: string } = {}): Promise<Reservation[]> {
    return http.get<Reservation[]>('/api/v1/stock/reservations', {
      query: { itemId: query.itemId, status: query.status ?? 'ACTIVE', limit: 500 },
    })
  },
  release(id: string): Promise<Reservation> {
    return http.delete<Reservation>('/api/v1/stock/reservations/{id}', { path: { id } })
  },
  issueReservation(id: string, serial?: string | null): Promise<Movement> {
    return http.post<Movement>('/api/v1/stock/reservations/{id}/issue', { path: { id }, json: { serial: blankToNull(serial) } })
  },
  demands(status = 'OPEN'): Promise<Demand[]> {
    return http.get<Demand[]>('/api/v1/stock/demands', { query: { status, limit: 500 } })
  },
  counts(): Promise<CountSheet[]> {
    return http.get<CountSheet[]>('/api/v1/stock/counts', { query: { limit: 100 } })
  },
  count(id: string): Promise<CountSheet> {
    return http.get<CountSheet>('/api/v1/stock/counts/{id}', { path: { id } })
  },
  openCount(warehouseId: string, note: string): Promise<CountSheet> {
    return http.post<CountSheet>('/api/v1/stock/counts', { json: { warehouseId: warehouseId || null, note: blankToNull(note) } })
  },
  enterCounts(id: string, lines: { itemId: string; counted: string }[]): Promise<CountSheet> {
    return http.put<CountSheet>('/api/v1/stock/counts/{id}/lines', {
      path: { id },
      json: { lines: lines.map((l) => ({ itemId: l.itemId, counted: l.counted.trim().replace(',', '.') })) },
    })
  },
  postCount(id: string): Promise<CountSheet> {
    return http.post<CountSheet>('/api/v1/stock/counts/{id}/post', { path: { id } })
  },
  cancelCount(id: string): Promise<CountSheet> {
    return http.post<CountSheet>('/api/v1/stock/counts/{id}/cancel', { path: { id } })
  },
  /** Open tasks of every department: what stock is issued to or reserved for. */
  openTasks(): Promise<WorkTask[]> {
    return http.get<WorkTask[]>('/api/v1/tasks', { query: { open: true, limit: 500 } })
  },
  /** Live stock from the streams; 503 when the streams cannot be asked. */
  live(query: { itemId?: string; warehouseId?: string } = {}): Promise<LiveRow[]> {
    return http.get<LiveRow[]>('/api/v1/stock/live', { query: { itemId: query.itemId, warehouseId: query.warehouseId || undefined } })
  },
  liveAlerts(): Promise<LiveRow[]> {
    return http.get<LiveRow[]>('/api/v1/stock/live/alerts')
  },
  reorderPoints(itemId: string): Promise<ReorderPoint[]> {
    return http.get<ReorderPoint[]>('/api/v1/stock/reorder-points', { query: { itemId } })
  },
  setReorderPoint(p: { itemId: string; warehouseId: string; reorderPoint: string }): Promise<ReorderPoint> {
    return http.put<ReorderPoint>('/api/v1/stock/reorder-points', {
      json: { itemId: p.itemId, warehouseId: p.warehouseId, reorderPoint: blankToNull(p.reorderPoint.replace(/\s/g, '').replace(',', '.')) },
    })
  },
  /** Runs the reconciliation of the ledger with the live stock now (the run is recorded). */
  reconcile(): Promise<Reconciliation> {
    return http.get<Reconciliation>('/api/v1/stock/reconciliation')
  },
  reconciliationRuns(limit = 10): Promise<ReconciliationRun[]> {
    return http.get<ReconciliationRun[]>('/api/v1/stock/reconciliation/runs', { query: { limit } })
  },
  /** ABC classes from the analytics onto items not classified by hand; 503 when the analytics are unavailable. */
  applyAbc(): Promise<AbcOutcome> {
    return http.post<AbcOutcome>('/api/v1/stock/abc-classes/apply')
  },
  export(list: StockList, format: ExportFormat, query: Record<string, string | undefined> = {}): Promise<DownloadedFile> {
    return http.download('/api/v1/stock/export/{list}', { path: { list }, query: { ...query, format } }, `${list}.${format}`)
  },
}
