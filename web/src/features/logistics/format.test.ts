import { describe, expect, it } from 'vitest'
import { i18n } from '@/shared/i18n'
import { shipmentBody, type NewShipment, type Shipment } from './api'
import {
  availableActions,
  canAct,
  counted,
  exportQuery,
  filterShipments,
  formatDay,
  formatHours,
  formatShare,
  groupByStatus,
  minskToday,
  pluralForm,
  type ShipmentFilter,
} from './format'

const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})

function shipment(number: string, over: Partial<Shipment> = {}): Shipment {
  return {
    id: number,
    number,
    kind: 'NEW_EQUIPMENT',
    requestId: null,
    purchaseOrderId: null,
    fromWarehouseId: 'w1',
    toWarehouseId: null,
    address: 'г. Минск, ул. Притыцкого, 29',
    recipient: null,
    recipientPhone: null,
    carrier: 'CDEK',
    trackingNumber: null,
    route: null,
    plannedDate: '2026-12-01',
    status: 'PLANNED',
    replacesId: null,
    returnOfId: null,
    swapId: null,
    createdBy: 'admin',
    createdAt: '',
    dispatchedAt: null,
    deliveredAt: null,
    receivedAt: null,
    statusAt: '',
    lines: [],
    ...over,
  }
}

const noFilter: ShipmentFilter = { plannedDate: '', carrier: '', status: '', kind: '', q: '' }

describe('Russian counted words', () => {
  it('choose one, few or many as Russian does', () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0].map((n) => pluralForm(n))).toEqual([
      'one', 'few', 'few', 'many', 'many', 'many', 'many', 'one', 'few', 'many', 'one', 'many', 'many',
    ])
  })

  it('read naturally in the messages', () => {
    expect(counted(t, 'logistics.count.shipments', 1)).toBe('1 отгрузка')
    expect(counted(t, 'logistics.count.shipments', 3)).toBe('3 отгрузки')
    expect(counted(t, 'logistics.count.shipments', 11)).toBe('11 отгрузок')
    expect(counted(t, 'logistics.count.days', 21)).toBe('21 день')
    expect(counted(t, 'logistics.count.days', 2)).toBe('2 дня')
    expect(counted(t, 'logistics.count.days', 0)).toBe('0 дней')
    expect(counted(t, 'logistics.figures.days', 7)).toBe('за 7 дней')
    expect(counted(t, 'logistics.count.delivered', 1)).toBe('по 1 доставленной отгрузке')
    expect(counted(t, 'logistics.count.swaps', 2)).toBe('2 открытые подмены')
    expect(counted(t, 'logistics.count.shipments', 1234)).toBe('1\u00a0234 отгрузки')
  })
})

describe('figures and days', () => {
  it('write hours, shares and days the Russian way', () => {
    expect(formatHours(26.54)).toBe('26,5\u00a0ч')
    expect(formatHours(0.5)).toBe('30\u00a0мин')
    expect(formatHours(null)).toBe('—')
    expect(formatShare(0.125)).toBe('12,5\u00a0%')
    expect(formatShare(0)).toBe('0\u00a0%')
    expect(formatShare(null)).toBe('—')
    expect(formatDay('2026-12-01')).toBe('01.12.2026')
    expect(formatDay(null)).toBe('—')
  })

  it('take today as a Minsk calendar day', () => {
    // 22:30 UTC on 30 November is already 1 December in Minsk (UTC+3).
    expect(minskToday(new Date('2026-11-30T22:30:00Z'))).toBe('2026-12-01')
  })
})

describe('the board', () => {
  const rows = [
    shipment('ОТ-1', { trackingNumber: 'CDEK-100200', status: 'DISPATCHED' }),
    shipment('ОТ-2', { carrier: 'DPD', kind: 'PICKUP', plannedDate: '2026-12-02' }),
    shipment('ОТ-3', { status: 'DELIVERED' }),
  ]

  it('filters by day, carrier, status, kind and number or tracking number', () => {
    expect(filterShipments(rows, noFilter)).toHaveLength(3)
    expect(filterShipments(rows, { ...noFilter, q: 'cdek-1002' }).map((s) => s.number)).toEqual(['ОТ-1'])
    expect(filterShipments(rows, { ...noFilter, q: 'от-3' }).map((s) => s.number)).toEqual(['ОТ-3'])
    expect(filterShipments(rows, { ...noFilter, carrier: 'DPD' }).map((s) => s.number)).toEqual(['ОТ-2'])
    expect(filterShipments(rows, { ...noFilter, kind: 'PICKUP', plannedDate: '2026-12-01' })).toEqual([])
    expect(filterShipments(rows, { ...noFilter, status: 'DELIVERED' }).map((s) => s.number)).toEqual(['ОТ-3'])
  })

  it('groups by status along the way and leaves out empty statuses', () => {
    expect(groupByStatus(rows).map((g) => [g.status, g.shipments.length])).toEqual([
      ['PLANNED', 1],
      ['DISPATCHED', 1],
      ['DELIVERED', 1],
    ])
  })

  it('exports with the same filters, blanks left out', () => {
    expect(exportQuery({ ...noFilter, carrier: 'CDEK', q: '  ОТ ' })).toEqual({
      plannedDate: undefined,
      carrier: 'CDEK',
      status: undefined,
      kind: undefined,
      q: 'ОТ',
    })
  })
})

describe('what may be done', () => {
  it('shows actions only to logistics, the warehouse and administrators', () => {
    expect(canAct(['LOGISTICS'])).toBe(true)
    expect(canAct(['WAREHOUSE'])).toBe(true)
    expect(canAct(['ADMIN'])).toBe(true)
    expect(canAct(['DISPATCHER', 'ENGINEER', 'MANAGER', 'ACCOUNTANT', 'PROCUREMENT'])).toBe(false)
  })

  it('follows the shipment along its way', () => {
    expect(availableActions(shipment('a'))).toMatchObject({ dispatch: true, cancel: true, report: [], receive: false })
    expect(availableActions(shipment('a', { status: 'DISPATCHED' })).report).toEqual(['IN_TRANSIT', 'DELIVERED', 'FAILED', 'RETURNED'])
    expect(availableActions(shipment('a', { status: 'IN_TRANSIT' })).report).toEqual(['DELIVERED', 'FAILED', 'RETURNED'])
    expect(availableActions(shipment('a', { status: 'DELIVERED' }))).toMatchObject({ report: [], receive: false, reship: false })
    expect(availableActions(shipment('a', { status: 'FAILED' }))).toMatchObject({ reship: true, receive: false })
    expect(availableActions(shipment('a', { status: 'RETURNED' }))).toMatchObject({ reship: true, receive: true })
    expect(availableActions(shipment('a', { kind: 'PICKUP', status: 'DELIVERED' })).receive).toBe(true)
    expect(availableActions(shipment('a', { kind: 'PICKUP', status: 'DELIVERED', receivedAt: '2026-12-01T10:00:00Z' })).receive).toBe(false)
    expect(availableActions(shipment('a', { kind: 'TRANSFER', status: 'IN_TRANSIT' })).receive).toBe(true)
  })
})

describe('the planning form', () => {
  const form: NewShipment = {
    kind: 'PICKUP',
    requestId: ' ',
    fromWarehouseId: 'w1',
    toWarehouseId: 'w2',
    address: ' г. Гомель ',
    recipient: '',
    recipientPhone: '',
    carrier: 'CDEK',
    trackingNumber: '',
    route: '',
    plannedDate: '2026-12-01',
    replacesId: '',
    lines: [{ itemId: 'i1', quantity: '1 234,5', serial: '' }],
  }

  it('sends only what the direction uses, blanks as null and the quantity as a number', () => {
    expect(shipmentBody(form)).toMatchObject({
      kind: 'PICKUP',
      requestId: null,
      fromWarehouseId: null,
      toWarehouseId: 'w2',
      address: 'г. Гомель',
      lines: [{ itemId: 'i1', quantity: '1234.5', serial: null }],
    })
    expect(shipmentBody({ ...form, kind: 'TRANSFER' })).toMatchObject({ fromWarehouseId: 'w1', toWarehouseId: 'w2', address: null })
    expect(shipmentBody({ ...form, kind: 'NEW_EQUIPMENT' })).toMatchObject({ fromWarehouseId: 'w1', toWarehouseId: null })
  })
})
