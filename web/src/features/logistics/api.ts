import type { Page, QueueItem, RequestView } from '@/shared/api-types'
import { http, type DownloadedFile } from '@/shared/http'

/** The logistics API (dozor.logistics): carriers, shipments, the day's plan and its print, swaps, figures. */

export const SHIPMENT_KINDS = ['REPAIRED_DEVICE', 'NEW_EQUIPMENT', 'SWAP_REPLACEMENT', 'PICKUP', 'CUSTOMER_RETURN', 'TRANSFER'] as const
export type ShipmentKind = (typeof SHIPMENT_KINDS)[number]
export const SHIPMENT_STATUSES = ['PLANNED', 'DISPATCHED', 'IN_TRANSIT', 'DELIVERED', 'FAILED', 'RETURNED', 'CANCELLED'] as const
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number]

export interface Carrier {
  code: string
  name: string
  active: boolean
}

export interface ShipmentLine {
  lineNo: number
  itemId: string
  /** BigDecimal as a JSON number. */
  quantity: number
  serial: string | null
  transferId: string | null
}

export interface Shipment {
  id: string
  number: string
  kind: ShipmentKind
  requestId: string | null
  purchaseOrderId: string | null
  fromWarehouseId: string | null
  toWarehouseId: string | null
  address: string | null
  recipient: string | null
  recipientPhone: string | null
  carrier: string
  trackingNumber: string | null
  route: string | null
  plannedDate: string
  status: ShipmentStatus
  replacesId: string | null
  returnOfId: string | null
  swapId: string | null
  createdBy: string
  createdAt: string
  dispatchedAt: string | null
  deliveredAt: string | null
  receivedAt: string | null
  statusAt: string
  lines: ShipmentLine[]
}

export interface StatusEntry {
  status: ShipmentStatus
  at: string
  source: 'USER' | 'CARRIER' | string
  actor: string
  carrierStatus: string | null
  note: string | null
}

export interface CarrierReport {
  carrier: string
  carrierStatus: string
  mappedStatus: ShipmentStatus | null
  occurredAt: string
  receivedAt: string
  outcome: string
}

export interface DayPlan {
  date: string
  total: number
  groups: { carrier: string; carrierName: string; route: string | null; shipments: Shipment[] }[]
}

export interface Swap {
  id: string
  requestId: string
  swapItemId: string
  swapSerial: string
  poolWarehouseId: string
  customerItemId: string
  customerSerial: string
  repairWarehouseId: string
  status: 'OPEN' | 'CLOSED'
  openedAt: string
  closedAt: string | null
  daysOut: number
  replacementShipmentId: string | null
  pickupShipmentId: string | null
  repairedShipmentId: string | null
  poolReturnShipmentId: string | null
}

export interface Figures {
  days: number
  fromWarehouseId: string | null
  delivered: number
  meanHours: number | null
  p90Hours: number | null
  returned: number
  returnShare: number | null
  reshipped: number
  reshipmentShare: number | null
}

/** The planning form as typed: text fields stay strings until sent. */
export interface NewShipment {
  kind: ShipmentKind | ''
  requestId: string
  fromWarehouseId: string
  toWarehouseId: string
  address: string
  recipient: string
  recipientPhone: string
  carrier: string
  trackingNumber: string
  route: string
  plannedDate: string
  replacesId: string
  lines: { itemId: string; quantity: string; serial: string }[]
}

export interface NewSwap {
  requestId: string
  swapItemId: string
  swapSerial: string
  poolWarehouseId: string
  customerItemId: string
  customerSerial: string
  repairWarehouseId: string
  address: string
  recipient: string
  recipientPhone: string
  carrier: string
  plannedDate: string
}

export type ExportFormat = 'xlsx' | 'csv'

function blankToNull(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value.trim()
}

/** A shipment to a customer leaves a warehouse for an address, one from a customer the other way round. */
export function direction(kind: ShipmentKind | ''): 'TO_CUSTOMER' | 'FROM_CUSTOMER' | 'BETWEEN_WAREHOUSES' | null {
  if (kind === 'PICKUP' || kind === 'CUSTOMER_RETURN') return 'FROM_CUSTOMER'
  if (kind === 'TRANSFER') return 'BETWEEN_WAREHOUSES'
  return kind ? 'TO_CUSTOMER' : null
}

/** The body POST /shipments takes: only the fields the kind's direction uses, blanks as null. */
export function shipmentBody(s: NewShipment): Record<string, unknown> {
  const way = direction(s.kind)
  return {
    kind: s.kind || null,
    requestId: blankToNull(s.requestId),
    fromWarehouseId: way === 'FROM_CUSTOMER' ? null : blankToNull(s.fromWarehouseId),
    toWarehouseId: way === 'TO_CUSTOMER' ? null : blankToNull(s.toWarehouseId),
    address: way === 'BETWEEN_WAREHOUSES' ? null : blankToNull(s.address),
    recipient: way === 'BETWEEN_WAREHOUSES' ? null : blankToNull(s.recipient),
    recipientPhone: way === 'BETWEEN_WAREHOUSES' ? null : blankToNull(s.recipientPhone),
    carrier: blankToNull(s.carrier),
    trackingNumber: blankToNull(s.trackingNumber),
    route: blankToNull(s.route),
    plannedDate: blankToNull(s.plannedDate),
    replacesId: blankToNull(s.replacesId),
    lines: s.lines.map((l) => ({
      itemId: blankToNull(l.itemId),
      quantity: blankToNull(l.quantity.replace(/\s/g, '').replace(',', '.')),
      serial: blankToNull(l.serial),
    })),
  }
}

export const logisticsApi = {
  carriers(): Promise<Carrier[]> {
    return http.get<Carrier[]>('/api/v1/logistics/carriers')
  },
  shipments(query: { status?: string; plannedDate?: string; requestId?: string } = {}): Promise<Shipment[]> {
    return http.get<Shipment[]>('/api/v1/logistics/shipments', {
      query: { status: query.status || undefined, plannedDate: query.plannedDate || undefined, requestId: query.requestId, limit: 500 },
    })
  },
  shipment(id: string): Promise<Shipment> {
    return http.get<Shipment>('/api/v1/logistics/shipments/{id}', { path: { id } })
  },
  history(id: string): Promise<StatusEntry[]> {
    return http.get<StatusEntry[]>('/api/v1/logistics/shipments/{id}/history', { path: { id } })
  },
  carrierReports(id: string): Promise<CarrierReport[]> {
    return http.get<CarrierReport[]>('/api/v1/logistics/shipments/{id}/carrier-reports', { path: { id } })
  },
  /** The shipments that ship this one again, the newest first (cancelled ones too). */
  reshipments(id: string): Promise<Shipment[]> {
    return http.get<Shipment[]>('/api/v1/logistics/shipments/{id}/reshipments', { path: { id } })
  },
  plan(s: NewShipment): Promise<Shipment> {
    return http.post<Shipment>('/api/v1/logistics/shipments', { json: shipmentBody(s) })
  },
  dispatch(id: string, trackingNumber: string): Promise<Shipment> {
    return http.post<Shipment>('/api/v1/logistics/shipments/{id}/dispatch', { path: { id }, json: { trackingNumber: blankToNull(trackingNumber) } })
  },
  report(id: string, status: ShipmentStatus, note: string): Promise<Shipment> {
    return http.post<Shipment>('/api/v1/logistics/shipments/{id}/status', { path: { id }, json: { status, note: blankToNull(note) } })
  },
  receive(id: string): Promise<Shipment> {
    return http.post<Shipment>('/api/v1/logistics/shipments/{id}/receive', { path: { id } })
  },
  dayPlan(date: string): Promise<DayPlan> {
    return http.get<DayPlan>('/api/v1/logistics/plan', { query: { date } })
  },
  /** The day's plan as a PDF: a plain link the browser opens with the session cookie. */
  printHref(date: string): string {
    return http.href('/api/v1/logistics/plan/print', { query: { date } })
  },
  swaps(status: 'OPEN' | 'CLOSED' | 'ALL' = 'OPEN'): Promise<Swap[]> {
    return http.get<Swap[]>('/api/v1/logistics/swaps', { query: { status } })
  },
  openSwap(s: NewSwap): Promise<Swap> {
    return http.post<Swap>('/api/v1/logistics/swaps', {
      json: {
        requestId: blankToNull(s.requestId),
        swapItemId: blankToNull(s.swapItemId),
        swapSerial: blankToNull(s.swapSerial),
        poolWarehouseId: blankToNull(s.poolWarehouseId),
        customerItemId: blankToNull(s.customerItemId),
        customerSerial: blankToNull(s.customerSerial),
        repairWarehouseId: blankToNull(s.repairWarehouseId),
        address: blankToNull(s.address),
        recipient: blankToNull(s.recipient),
        recipientPhone: blankToNull(s.recipientPhone),
        carrier: blankToNull(s.carrier),
        plannedDate: blankToNull(s.plannedDate),
      },
    })
  },
  sendBack(id: string, carrier: string, plannedDate: string): Promise<Swap> {
    return http.post<Swap>('/api/v1/logistics/swaps/{id}/send-back', {
      path: { id },
      json: { carrier: blankToNull(carrier), plannedDate: blankToNull(plannedDate) },
    })
  },
  figures(days: number): Promise<Figures> {
    return http.get<Figures>('/api/v1/logistics/metrics', { query: { days } })
  },
  /** The latest requests, for the pickers (a shipment or a swap names its request). */
  requests(): Promise<QueueItem[]> {
    return http.get<Page<QueueItem>>('/api/v1/requests', { query: { page: 0, size: 100 } }).then((p) => p.items)
  },
  /** The request a shipment names (its number for the card). */
  request(id: string): Promise<RequestView> {
    return http.get<RequestView>('/api/v1/requests/{id}', { path: { id } })
  },
  export(format: ExportFormat, query: Record<string, string | undefined>): Promise<DownloadedFile> {
    return http.download('/api/v1/logistics/export/shipments', { query: { ...query, format } }, `otgruzki.${format}`)
  },
}
