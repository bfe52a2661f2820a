import { SHIPMENT_STATUSES, type Shipment, type ShipmentKind, type ShipmentStatus } from './api'

/** Plan, dispatch, report a status, receive, open and close swaps (SecurityConfiguration's logistics rules). */
export const LOGISTICS_ACTORS: readonly string[] = ['ADMIN', 'LOGISTICS', 'WAREHOUSE']

export function canAct(roles: readonly string[]): boolean {
  return roles.some((role) => LOGISTICS_ACTORS.includes(role))
}

/** The Russian plural form of n: one (1, 21), few (2–4, 22–24) or many (0, 5–20, 11–14, 25…). */
export function pluralForm(n: number, locale = 'ru'): 'one' | 'few' | 'many' {
  const form = new Intl.PluralRules(locale === 'en' ? 'en' : 'ru').select(Math.abs(Math.trunc(n)))
  if (form === 'one') return 'one'
  if (form === 'few') return 'few'
  return 'many'
}

/** Delivery time in hours the Russian way: 26.54 → "26,5 ч"; under an hour in minutes, 0.5 → "30 мин". */
export function formatHours(hours: number | null | undefined, units = { h: 'ч', min: 'мин' }): string {
  if (hours == null) return '—'
  if (hours < 1) return `${Math.round(hours * 60)}\u00a0${units.min}`
  return `${new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(hours)}\u00a0${units.h}`
}

/** A share 0..1 as a Russian percentage: 0.125 → "12,5 %". */
export function formatShare(share: number | null | undefined): string {
  if (share == null) return '—'
  return `${new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(share * 100)}\u00a0%`
}

/** '2026-12-01' → '01.12.2026' (a calendar day, no time zone involved). */
export function formatDay(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '—'
}

/** Today in Minsk as 'yyyy-mm-dd' (the planned day of a shipment is a Minsk calendar day). */
export function minskToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Minsk', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** The board's filters; the export endpoint applies the same (ShipmentExportController). */
export interface ShipmentFilter {
  plannedDate: string
  carrier: string
  status: ShipmentStatus | ''
  kind: ShipmentKind | ''
  q: string
}

export function filterShipments(rows: readonly Shipment[], f: ShipmentFilter): Shipment[] {
  const text = f.q.trim().toLowerCase()
  return rows.filter((s) => {
    if (f.plannedDate && s.plannedDate !== f.plannedDate) return false
    if (f.carrier && s.carrier !== f.carrier) return false
    if (f.status && s.status !== f.status) return false
    if (f.kind && s.kind !== f.kind) return false
    if (text && !s.number.toLowerCase().includes(text) && !(s.trackingNumber ?? '').toLowerCase().includes(text)) return false
    return true
  })
}

/** The shipments by status, along the way (planned first), leaving out statuses with none. */
export function groupByStatus(rows: readonly Shipment[]): { status: ShipmentStatus; shipments: Shipment[] }[] {
  return SHIPMENT_STATUSES.map((status) => ({ status, shipments: rows.filter((s) => s.status === status) })).filter(
    (g) => g.shipments.length > 0,
  )
}

export function exportQuery(f: ShipmentFilter): Record<string, string | undefined> {
  return {
    plannedDate: f.plannedDate || undefined,
    carrier: f.carrier || undefined,
    status: f.status || undefined,
    kind: f.kind || undefined,
    q: f.q.trim() || undefined,
  }
}

const TO_CUSTOMER: readonly ShipmentKind[] = ['REPAIRED_DEVICE', 'NEW_EQUIPMENT', 'SWAP_REPLACEMENT']

/** What may be done with the shipment now, as the domain allows it (Shipments: dispatch, report, receive). */
export function availableActions(s: Pick<Shipment, 'kind' | 'status' | 'receivedAt'>): {
  dispatch: boolean
  cancel: boolean
  report: ShipmentStatus[]
  receive: boolean
  reship: boolean
} {
  const toCustomer = TO_CUSTOMER.includes(s.kind)
  const onTheWay = s.status === 'DISPATCHED' || s.status === 'IN_TRANSIT'
  const report: ShipmentStatus[] = !onTheWay
    ? []
    : (['IN_TRANSIT', 'DELIVERED', 'FAILED', 'RETURNED'] as ShipmentStatus[]).filter((to) => !(s.status === 'IN_TRANSIT' && to === 'IN_TRANSIT'))
  const arriving = !toCustomer && (onTheWay || s.status === 'DELIVERED')
  const returned = toCustomer && s.status === 'RETURNED'
  return {
    dispatch: s.status === 'PLANNED',
    cancel: s.status === 'PLANNED',
    report,
    receive: s.receivedAt == null && (arriving || returned),
    reship: toCustomer && (s.status === 'FAILED' || s.status === 'RETURNED'),
  }
}

/** Quantities the Russian way, "1 234,5". */
export function formatQty(value: number): string {
  return new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 3 }).format(value)
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/** A counted phrase in the right plural form: counted(t, 'logistics.count.days', 3) → "3 дня". */
export function counted(t: Translate, key: string, n: number, locale = 'ru'): string {
  return t(`${key}.${pluralForm(n, locale)}`, { n: formatQty(n) })
}

/** The badge colour of a status. */
export function statusTone(status: ShipmentStatus): 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'muted' {
  switch (status) {
    case 'PLANNED':
      return 'neutral'
    case 'DISPATCHED':
    case 'IN_TRANSIT':
      return 'info'
    case 'DELIVERED':
      return 'success'
    case 'FAILED':
    case 'RETURNED':
      return 'danger'
    default:
      return 'muted'
  }
}
