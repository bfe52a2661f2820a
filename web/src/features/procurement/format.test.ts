import { describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/shared/i18n'
import { formatPercent, isLate, orderActions, orderTotal, pluralRu, requestActions, roleNames, sentence, sortPlan } from './format'
import { checkReceipt, checkReturn } from './receipt-check'
import type { PlanLine } from './api'

describe('procurement formatting', () => {
  it('chooses the Russian plural form', () => {
    const day = (n: number) => `${n} ${pluralRu(n, 'день', 'дня', 'дней')}`
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(day)).toEqual([
      '1 день', '2 дня', '4 дня', '5 дней', '11 дней', '12 дней', '14 дней', '21 день', '22 дня', '25 дней', '101 день', '111 дней',
    ])
    expect(pluralRu(0, 'позиция', 'позиции', 'позиций')).toBe('позиций')
    expect(pluralRu(1.5, 'день', 'дня', 'дней')).toBe('дня')
  })

  it('writes percents the Russian way', () => {
    expect(formatPercent(87.5)).toBe('87,5\u00a0%')
    expect(formatPercent(0.9123, true)).toBe('91,2\u00a0%')
    expect(formatPercent(null)).toBe('—')
  })

  it('names the roles of a refusal in Russian', () => {
    const names = { MANAGER: 'руководитель', ADMIN: 'администратор' }
    expect(roleNames('Заявку на 1500.000 BYN согласует MANAGER, ADMIN', names)).toBe('Заявку на 1\u00a0500,00\u00a0руб. согласует руководитель, администратор')
  })

  it('ends an explanation sentence with one full stop', () => {
    expect(sentence('заказать 5 шт..')).toBe('заказать 5 шт.')
    expect(sentence('Дней покрытия: 12.')).toBe('Дней покрытия: 12.')
  })

  it('lists what to order first', () => {
    const line = (sku: string, proposedQuantity: number) => ({ sku, proposedQuantity }) as PlanLine
    expect(sortPlan([line('B', 0), line('C', 5), line('A', 0), line('D', 1)]).map((l) => l.sku)).toEqual(['C', 'D', 'A', 'B'])
  })
})

describe('procurement role logic', () => {
  const draft = { status: 'DRAFT' as const, createdBy: 'buyer', lines: [{ orderedQty: 0 }] as never }
  const submitted = { ...draft, status: 'SUBMITTED' as const }

  it('lets only the author submit a draft', () => {
    expect(requestActions(draft, { username: 'buyer', roles: ['PROCUREMENT'] }).submit).toBe(true)
    expect(requestActions(draft, { username: 'boss', roles: ['MANAGER'] }).submit).toBe(false)
  })

  it('offers the decision to approvers other than the author', () => {
    expect(requestActions(submitted, { username: 'buyer', roles: ['PROCUREMENT'] }).decide).toBe(false)
    expect(requestActions(submitted, { username: 'boss', roles: ['MANAGER'] }).decide).toBe(true)
    expect(requestActions(submitted, { username: 'keeper', roles: ['WAREHOUSE'] }).decide).toBe(false)
    expect(requestActions(submitted, { username: 'eng', roles: ['ENGINEER'] }).cancel).toBe(false)
  })

  it('orders approved requests by buyers only, and cancels nothing ordered', () => {
    const approved = { ...draft, status: 'APPROVED' as const }
    expect(requestActions(approved, { username: 'x', roles: ['PROCUREMENT'] }).order).toBe(true)
    expect(requestActions(approved, { username: 'x', roles: ['WAREHOUSE'] }).order).toBe(false)
    const partly = { ...approved, lines: [{ orderedQty: 2 }] as never }
    expect(requestActions(partly, { username: 'x', roles: ['PROCUREMENT'] }).cancel).toBe(false)
  })

  it('lets the warehouse receive a sent order and procurement send a draft', () => {
    expect(orderActions('SENT', ['WAREHOUSE'])).toMatchObject({ receive: true, send: false, cancel: false })
    expect(orderActions('DRAFT', ['PROCUREMENT'])).toMatchObject({ receive: false, send: true, cancel: true })
    expect(orderActions('RECEIVED', ['ADMIN'])).toMatchObject({ receive: false, giveBack: true, cancel: false })
  })

  it('marks an open line past its expected day as late', () => {
    const line = { quantity: 5, receivedQty: 2, expectedDate: '2026-11-20' }
    expect(isLate(line, 'SENT', '2026-11-26')).toBe(true)
    expect(isLate(line, 'SENT', '2026-11-20')).toBe(false)
    expect(isLate({ ...line, receivedQty: 5 }, 'RECEIVED', '2026-11-26')).toBe(false)
    expect(isLate(line, 'DRAFT', '2026-11-26')).toBe(false)
  })
})

describe('receipt checks', () => {
  it('needs a reason for a rejection and no more than is owed', () => {
    expect(checkReceipt({ accepted: '4', rejected: '1', rejectReason: '' }, 5)).toEqual({ rejectReason: 'reasonRequired' })
    expect(checkReceipt({ accepted: '4', rejected: '1', rejectReason: 'Разбит корпус' }, 5)).toEqual({})
    expect(checkReceipt({ accepted: '5,5', rejected: '0', rejectReason: '' }, 5)).toEqual({ accepted: 'tooMuch' })
    expect(checkReceipt({ accepted: '0', rejected: '', rejectReason: '' }, 5)).toEqual({ accepted: 'nothingArrived' })
    expect(checkReceipt({ accepted: 'три', rejected: '0', rejectReason: '' }, 5)).toEqual({ accepted: 'badQty' })
    expect(checkReturn({ quantity: '0', reason: '' })).toEqual({ quantity: 'badQty', reason: 'required' })
  })
})

describe('order totals', () => {
  const t = (key: string, params: Record<string, unknown>) => i18n.global.t(key, params)
  const totals = { total: 78, totalByn: 253.64, rateDate: '2026-11-25', rate: 3.2518, scale: 1, rateMissing: false }

  it('shows a dollar order with its rouble total at the NBRB rate of its day', () => {
    setLocale('ru', false)
    expect(orderTotal({ currency: 'USD', totals }, t, 'ru')).toBe(
      '78,00 USD ≈ 253,64\u00a0руб. по курсу НБ РБ 3,2518 руб. за 1 USD на 25.11.2026',
    )
    expect(orderTotal({ currency: 'RUB', totals: { ...totals, total: 5000, totalByn: 199.37, rate: 3.9874, scale: 100 } }, t, 'ru')).toBe(
      '5\u00a0000,00 RUB ≈ 199,37\u00a0руб. по курсу НБ РБ 3,9874 руб. за 100 RUB на 25.11.2026',
    )
  })

  it('says when the rate is missing, and shows a rouble order in roubles', () => {
    setLocale('ru', false)
    const missing = { total: 60, totalByn: null, rateDate: null, rate: null, scale: null, rateMissing: true }
    expect(orderTotal({ currency: 'CHF', totals: missing }, t, 'ru')).toBe('60,00 CHF · нет курса НБ РБ на дату заказа')
    expect(orderTotal({ currency: 'BYN', totals: { ...missing, total: 14.25, totalByn: 14.25, rateMissing: false } }, t, 'ru')).toBe('14,25\u00a0руб.')
    expect(orderTotal({ currency: 'BYN', totals: null }, t, 'ru')).toBeNull()
  })
})
