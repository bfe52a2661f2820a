import { http, type DownloadedFile } from '@/shared/http'

/** The procurement API (dozor.procurement): the reorder plan, demand, purchase requests and orders, suppliers. */

export interface PlanStep {
  code: string
  text: string
}

/** Quantities and money arrive as JSON numbers (BigDecimal); undefined figures as null. */
export interface PlanLine {
  itemId: string
  sku: string
  name: string
  unit: string
  warehouseId: string
  planLineKey: string
  historyWeeks: number
  weeklyForecast: number
  weeklyStdDev: number
  cv: number | null
  xyzClass: 'X' | 'Y' | 'Z' | null
  abcClass: 'A' | 'B' | 'C' | null
  targetWeeks: number
  supplierId: string | null
  supplierName: string | null
  leadTimeDays: number
  safetyStock: number
  reorderPoint: number
  targetStock: number
  onHand: number
  reserved: number
  available: number
  onOrder: number
  inTransit: number
  shortfalls: number
  position: number
  reorder: boolean
  proposedQuantity: number
  daysOfCover: number | null
  explanation: PlanStep[]
}

export interface DemandEntry {
  source: 'RESERVATION_SHORTFALL' | 'REORDER_PLAN'
  itemId: string
  sku: string
  name: string
  warehouseId: string
  warehouseCode: string | null
  requestId: string | null
  taskId: string | null
  demandId: string | null
  planLineKey: string | null
  quantity: number
  requested: number
  since: string | null
  note: string | null
}

export interface PlanRun {
  id: string
  warehouseId: string | null
  runAt: string
  historyWeeks: number
  trigger: string
  actor: string
  lines: number
  proposals: number
}

export interface AccuracyFigures {
  planned: number
  actual: number
  absoluteError: number
  accuracy: number
}

export interface PlanAccuracy {
  from: string
  to: string
  weeks: string[]
  items: { itemId: string; sku: string; name: string; warehouseId: string; warehouseCode: string; figures: AccuracyFigures }[]
  overall: AccuracyFigures
}

export const REQUEST_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'ORDERED', 'CANCELLED'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]
export const ORDER_STATUSES = ['DRAFT', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export interface PurchaseRequest {
  id: string
  number: string
  warehouseId: string
  status: RequestStatus
  amount: number
  reason: string | null
  createdBy: string
  createdAt: string
  decidedBy: string | null
  decidedAt: string | null
  decisionNote: string | null
  lines: {
    id: string
    itemId: string
    quantity: number
    estimatedPrice: number | null
    supplierId: string | null
    demandId: string | null
    orderedQty: number
    planLineKey: string | null
  }[]
}

export interface OrderLine {
  id: string
  requestLineId: string | null
  itemId: string
  warehouseId: string
  quantity: number
  price: number
  expectedDate: string
  receivedQty: number
  acceptedQty: number
  rejectedQty: number
  returnedQty: number
  completedAt: string | null
}

export interface PurchaseOrder {
  id: string
  number: string
  supplierId: string
  contractId: string | null
  status: OrderStatus
  currency: string
  expectedDate: string
  createdBy: string
  createdAt: string
  sentAt: string | null
  lines: OrderLine[]
  /** Σ quantity × price in the order's currency and in BYN at the NBRB rate of the order's day (null without one). */
  totals?: OrderTotals | null
}

export interface OrderTotals {
  total: number
  totalByn: number | null
  rateDate: string | null
  rate: number | null
  scale: number | null
  rateMissing: boolean
}

export interface Receipt {
  id: string
  receivedQty: number
  acceptedQty: number
  rejectedQty: number
  orderStatus: OrderStatus
  demandCovered: boolean
}

export interface SupplierReturn {
  id: string
  orderLineId: string
  quantity: number
  source: 'REJECTED' | 'ACCEPTED'
  reason: string
  returnedBy: string
  returnedAt: string
}

export interface LateLine {
  orderId: string
  orderNumber: string
  orderLineId: string
  supplierName: string
  itemId: string
  outstanding: number
  expectedDate: string
  daysLate: number
}

export interface Supplier {
  id: string
  code: string
  name: string
  unp: string | null
  country: string | null
  currency: string
  email: string | null
  phone: string | null
  active: boolean
  createdAt: string
}

export interface SupplierItem {
  supplierId: string
  itemId: string
  supplierSku: string | null
  price: number
  currency: string
  leadTimeDays: number
  minOrderQty: number
  packSize: number
}

export interface Contract {
  id: string
  supplierId?: string
  number: string
  validFrom: string
  validTo: string | null
  paymentTermsDays: number
  warrantyMonths: number
  currency: string
  note: string | null
}

export interface SupplierPerformance {
  supplierId: string
  supplierName: string
  lines: number
  onTimeLines: number
  onTimePercent: number | null
  meanDelayDays: number | null
  receivedQty: number
  rejectedQty: number
  returnedQty: number
  defectPercent: number | null
}

/** What the supplier forms send; optional texts go as null when blank (the server keeps its defaults). */
export interface SupplierBody {
  code: string
  name: string
  unp: string | null
  country: string | null
  currency: string | null
  email: string | null
  phone: string | null
}

/** A change: null leaves a field as it is; an empty `unp` removes the УНП. */
export interface SupplierChangeBody {
  name: string
  unp: string
  country: string | null
  currency: string | null
  email: string
  phone: string
  active: boolean
}

export interface SupplierItemBody {
  supplierSku: string | null
  price: string
  currency: string
  leadTimeDays: number
  minOrderQty: string | null
  packSize: string | null
}

export interface ContractBody {
  number: string
  validFrom: string
  validTo: string | null
  paymentTermsDays: number | null
  warrantyMonths: number | null
  currency: string | null
  note: string | null
}

/** A contract's new terms, all of them (validTo null: open-ended); the number and currency stay. */
export interface ContractChangeBody {
  validFrom: string
  validTo: string | null
  paymentTermsDays: number
  warrantyMonths: number
  note: string | null
}

export type ExportFormat = 'xlsx' | 'csv'
export type ProcurementList = 'plan' | 'requests' | 'orders' | 'suppliers'

function blankToNull(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value.trim()
}

function number(text: string): string | null {
  return blankToNull(text.replace(/\s/g, '').replace(',', '.'))
}

export const procurementApi = {
  plan(warehouseId: string): Promise<PlanLine[]> {
    return http.get<PlanLine[]>('/api/v1/procurement/plan', { query: { warehouseId } })
  },
  recordRun(warehouseId: string): Promise<PlanRun> {
    return http.post<PlanRun>('/api/v1/procurement/plan/runs', { query: { warehouseId } })
  },
  accuracy(from: string, to: string, warehouseId: string): Promise<PlanAccuracy> {
    return http.get<PlanAccuracy>('/api/v1/procurement/plan-accuracy', { query: { from, to, warehouseId: warehouseId || undefined } })
  },
  demand(warehouseId: string): Promise<DemandEntry[]> {
    return http.get<DemandEntry[]>('/api/v1/procurement/demand', { query: { warehouseId: warehouseId || undefined } })
  },
  requestFromPlan(warehouseId: string, itemIds: string[] | null): Promise<PurchaseRequest> {
    return http.post<PurchaseRequest>('/api/v1/procurement/requests/from-plan', { json: { warehouseId, itemIds } })
  },
  requests(status?: RequestStatus | ''): Promise<PurchaseRequest[]> {
    return http.get<PurchaseRequest[]>('/api/v1/procurement/requests', { query: { status: status || undefined, limit: 500 } })
  },
  request(id: string): Promise<PurchaseRequest> {
    return http.get<PurchaseRequest>('/api/v1/procurement/requests/{id}', { path: { id } })
  },
  submit(id: string): Promise<PurchaseRequest> {
    return http.post<PurchaseRequest>('/api/v1/procurement/requests/{id}/submit', { path: { id } })
  },
  approve(id: string, note: string): Promise<PurchaseRequest> {
    return http.post<PurchaseRequest>('/api/v1/procurement/requests/{id}/approve', { path: { id }, json: { note: blankToNull(note) } })
  },
  reject(id: string, note: string): Promise<PurchaseRequest> {
    return http.post<PurchaseRequest>('/api/v1/procurement/requests/{id}/reject', { path: { id }, json: { note: blankToNull(note) } })
  },
  cancelRequest(id: string, note: string): Promise<PurchaseRequest> {
    return http.post<PurchaseRequest>('/api/v1/procurement/requests/{id}/cancel', { path: { id }, json: { note: blankToNull(note) } })
  },
  orderRequests(requestIds: string[]): Promise<PurchaseOrder[]> {
    return http.post<PurchaseOrder[]>('/api/v1/procurement/orders/from-requests', { json: { requestIds } })
  },
  orders(status?: OrderStatus | ''): Promise<PurchaseOrder[]> {
    return http.get<PurchaseOrder[]>('/api/v1/procurement/orders', { query: { status: status || undefined, limit: 500 } })
  },
  order(id: string): Promise<PurchaseOrder> {
    return http.get<PurchaseOrder>('/api/v1/procurement/orders/{id}', { path: { id } })
  },
  send(id: string): Promise<PurchaseOrder> {
    return http.post<PurchaseOrder>('/api/v1/procurement/orders/{id}/send', { path: { id } })
  },
  cancelOrder(id: string): Promise<PurchaseOrder> {
    return http.post<PurchaseOrder>('/api/v1/procurement/orders/{id}/cancel', { path: { id } })
  },
  receive(id: string, lineId: string, r: { accepted: string; rejected: string; rejectReason: string }): Promise<Receipt> {
    return http.post<Receipt>('/api/v1/procurement/orders/{id}/lines/{lineId}/receipts', {
      path: { id, lineId },
      json: { accepted: number(r.accepted) ?? '0', rejected: number(r.rejected) ?? '0', rejectReason: blankToNull(r.rejectReason) },
    })
  },
  giveBack(id: string, lineId: string, r: { quantity: string; source: 'REJECTED' | 'ACCEPTED'; reason: string }): Promise<SupplierReturn> {
    return http.post<SupplierReturn>('/api/v1/procurement/orders/{id}/lines/{lineId}/returns', {
      path: { id, lineId },
      json: { quantity: number(r.quantity), source: r.source, reason: blankToNull(r.reason) },
    })
  },
  returns(id: string): Promise<SupplierReturn[]> {
    return http.get<SupplierReturn[]>('/api/v1/procurement/orders/{id}/returns', { path: { id } })
  },
  lateOrders(): Promise<LateLine[]> {
    return http.get<LateLine[]>('/api/v1/procurement/late-orders')
  },
  suppliers(q?: string): Promise<Supplier[]> {
    return http.get<Supplier[]>('/api/v1/procurement/suppliers', { query: { q: blankToNull(q), limit: 500 } })
  },
  supplier(id: string): Promise<Supplier> {
    return http.get<Supplier>('/api/v1/procurement/suppliers/{id}', { path: { id } })
  },
  supplierItems(id: string): Promise<SupplierItem[]> {
    return http.get<SupplierItem[]>('/api/v1/procurement/suppliers/{id}/items', { path: { id } })
  },
  contracts(id: string): Promise<Contract[]> {
    return http.get<Contract[]>('/api/v1/procurement/suppliers/{id}/contracts', { path: { id } })
  },
  createSupplier(body: SupplierBody): Promise<Supplier> {
    return http.post<Supplier>('/api/v1/procurement/suppliers', { json: body })
  },
  changeSupplier(id: string, body: SupplierChangeBody): Promise<Supplier> {
    return http.put<Supplier>('/api/v1/procurement/suppliers/{id}', { path: { id }, json: body })
  },
  putSupplierItem(id: string, itemId: string, body: SupplierItemBody): Promise<SupplierItem> {
    return http.put<SupplierItem>('/api/v1/procurement/suppliers/{id}/items/{itemId}', { path: { id, itemId }, json: body })
  },
  removeSupplierItem(id: string, itemId: string): Promise<void> {
    return http.delete<void>('/api/v1/procurement/suppliers/{id}/items/{itemId}', { path: { id, itemId } })
  },
  addContract(id: string, body: ContractBody): Promise<Contract> {
    return http.post<Contract>('/api/v1/procurement/suppliers/{id}/contracts', { path: { id }, json: body })
  },
  changeContract(id: string, contractId: string, body: ContractChangeBody): Promise<Contract> {
    return http.put<Contract>('/api/v1/procurement/suppliers/{id}/contracts/{contractId}', { path: { id, contractId }, json: body })
  },
  performance(days = 90): Promise<SupplierPerformance[]> {
    return http.get<SupplierPerformance[]>('/api/v1/procurement/supplier-performance', { query: { days } })
  },
  export(list: ProcurementList, format: ExportFormat, query: Record<string, string | undefined> = {}): Promise<DownloadedFile> {
    return http.download('/api/v1/procurement/export/{list}', { path: { list }, query: { ...query, format } }, `${list}.${format}`)
  },
}
