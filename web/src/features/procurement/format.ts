import type { OrderLine, OrderStatus, PlanLine, PurchaseOrder, PurchaseRequest, RequestStatus } from './api'
import { formatMoney } from '@/features/stock/format'
import { formatDate } from '@/shared/time'

export { formatMoney, formatQty, parseQty, shortId } from '@/features/stock/format'

/**
 * The Russian plural form of a count: 1 заявка, 2 заявки, 5 заявок, 11 заявок, 21 заявка.
 * (vue-i18n's default rule is the English one, so the procurement texts choose the form here.)
 */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const whole = Math.abs(Math.trunc(n))
  if (!Number.isInteger(n)) return few
  const mod100 = whole % 100
  const mod10 = whole % 10
  if (mod100 >= 11 && mod100 <= 14) return many
  if (mod10 === 1) return one
  if (mod10 >= 2 && mod10 <= 4) return few
  return many
}

/** A share 0..1 or a percent 0..100 as Russian text: "87,5 %". */
export function formatPercent(value: number | null | undefined, isShare = false): string {
  if (value == null) return '—'
  const percent = isShare ? value * 100 : value
  return `${new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(percent)}\u00a0%`
}

/** Roles as SecurityConfiguration's procurement rules name them; the domain still checks thresholds and authors. */
export const REQUEST_RAISERS: readonly string[] = ['ADMIN', 'MANAGER', 'PROCUREMENT', 'WAREHOUSE']
export const APPROVERS: readonly string[] = ['ADMIN', 'MANAGER', 'PROCUREMENT']
export const BUYERS: readonly string[] = ['ADMIN', 'MANAGER', 'PROCUREMENT']
export const RECEIVERS: readonly string[] = ['ADMIN', 'WAREHOUSE']
export const PLAN_RECORDERS: readonly string[] = ['ADMIN', 'PROCUREMENT']

const has = (roles: readonly string[], wanted: readonly string[]) => roles.some((r) => wanted.includes(r))

/** What the signed-in user may do with a purchase request now (buttons shown; the server has the last word). */
export function requestActions(r: Pick<PurchaseRequest, 'status' | 'createdBy' | 'lines'>, user: { username: string; roles: readonly string[] }) {
  const author = r.createdBy === user.username
  const nothingOrdered = r.lines.every((l) => !(l.orderedQty > 0))
  return {
    submit: r.status === 'DRAFT' && author,
    // Never one's own request; the amount threshold is the server's to judge (a 403 names who may).
    decide: r.status === 'SUBMITTED' && !author && has(user.roles, APPROVERS),
    cancel: (r.status === 'DRAFT' || r.status === 'SUBMITTED' || r.status === 'APPROVED') && nothingOrdered && has(user.roles, REQUEST_RAISERS),
    order: r.status === 'APPROVED' && has(user.roles, BUYERS),
  }
}

export function orderActions(status: OrderStatus, roles: readonly string[]) {
  return {
    send: status === 'DRAFT' && has(roles, BUYERS),
    cancel: (status === 'DRAFT' || status === 'SENT') && has(roles, BUYERS),
    receive: (status === 'SENT' || status === 'PARTIALLY_RECEIVED') && has(roles, RECEIVERS),
    giveBack: status !== 'DRAFT' && status !== 'CANCELLED' && has(roles, RECEIVERS),
  }
}

/** An order line not fully received whose expected day (Minsk) has passed. */
export function isLate(line: Pick<OrderLine, 'quantity' | 'receivedQty' | 'expectedDate'>, status: OrderStatus, today: string): boolean {
  return (status === 'SENT' || status === 'PARTIALLY_RECEIVED') && line.receivedQty < line.quantity && line.expectedDate < today
}

export type Tone = 'good' | 'bad' | 'wait' | ''

export function requestTone(status: RequestStatus): Tone {
  if (status === 'APPROVED' || status === 'ORDERED') return 'good'
  if (status === 'REJECTED' || status === 'CANCELLED') return 'bad'
  if (status === 'SUBMITTED') return 'wait'
  return ''
}

export function orderTone(status: OrderStatus): Tone {
  if (status === 'RECEIVED' || status === 'CLOSED') return 'good'
  if (status === 'CANCELLED') return 'bad'
  if (status === 'SENT' || status === 'PARTIALLY_RECEIVED') return 'wait'
  return ''
}

/**
 * The 403 of approve/reject names the amount and the roles that may ("Заявку на 1500.000 BYN согласует MANAGER,
 * ADMIN"): shown with the amount in roubles and the roles in words.
 */
export function roleNames(text: string, names: Record<string, string>): string {
  return text
    .replace(/(\d+(?:\.\d+)?) BYN/g, (_, amount: string) => formatMoney(Number(amount)))
    .replace(/\b(ADMIN|MANAGER|PROCUREMENT|WAREHOUSE)\b/g, (role) => names[role] ?? role)
}

const AMOUNT = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const RATE = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 4, maximumFractionDigits: 4 })

/**
 * The order's total as one line: a BYN order in roubles; a foreign one in its currency with its BYN figure at the
 * NBRB rate of the order's day («78,00 USD ≈ 253,64 руб. по курсу НБ РБ 3,2518 руб. за 1 USD на 25.11.2026»), or
 * a note that the rate is missing. Null for an order without totals.
 */
export function orderTotal(
  order: Pick<PurchaseOrder, 'currency' | 'totals'>,
  t: (key: string, params: Record<string, unknown>) => string,
  locale: string,
): string | null {
  const totals = order.totals
  if (!totals) return null
  if (order.currency === 'BYN') return formatMoney(totals.total)
  const total = AMOUNT.format(totals.total)
  if (totals.totalByn == null || totals.rate == null) {
    return t('proc.orders.rateMissing', { total, currency: order.currency })
  }
  return t('proc.orders.totalByn', {
    total,
    currency: order.currency,
    byn: formatMoney(totals.totalByn),
    rate: RATE.format(totals.rate),
    scale: totals.scale ?? 1,
    date: formatDate(totals.rateDate, locale),
  })
}

/** A sentence of the plan's explanation ends with one full stop, even after an abbreviation («5 шт..» → «5 шт.»). */
export function sentence(text: string): string {
  return text.replace(/\.\.$/, '.')
}

/** Plan lines first those to order, then by SKU. */
export function sortPlan(lines: readonly PlanLine[]): PlanLine[] {
  return [...lines].sort((a, b) => Number(b.proposedQuantity > 0) - Number(a.proposedQuantity > 0) || a.sku.localeCompare(b.sku, 'ru'))
}
