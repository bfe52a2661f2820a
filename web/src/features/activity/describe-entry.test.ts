import { describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/shared/i18n'
import { describeEntry, statusKey } from './describe-entry'
import type { TimelineEntry } from './types'

const entry = (over: Partial<TimelineEntry>): TimelineEntry => ({
  type: 'AUDIT',
  at: '2026-11-25T10:00:00Z',
  actor: 'olga',
  summary: 'STATUS_CHANGED',
  refId: null,
  action: 'STATUS_CHANGED',
  visibility: null,
  before: null,
  after: null,
  ...over,
})

describe('timeline wording', () => {
  setLocale('ru', false)
  const { t, te } = i18n.global
  const say = (e: TimelineEntry, reasons?: Record<string, string>) => describeEntry(e, t as never, te as never, reasons)

  it('words a status change with both statuses and its reason', () => {
    const change = entry({
      before: { status: 'IN_PROGRESS' },
      after: { status: 'AWAITING_CUSTOMER', statusChangedAt: '2026-11-25T10:00:00.123Z' },
    })
    const described = say(change, { [statusKey('AWAITING_CUSTOMER', '2026-11-25T10:00:00.9Z')]: 'Клиент не отвечает' })
    expect(described).toEqual({ kind: 'status', text: 'Статус: В работе → Ожидает клиента', detail: 'Клиент не отвечает' })
  })

  it('words a priority override with the reason given', () => {
    const change = entry({ action: 'PRIORITY_CHANGED', before: { priority: 'P3' }, after: { priority: 'P1', priorityReason: 'Авария' } })
    expect(say(change)).toEqual({ kind: 'priority', text: 'Приоритет: P3 → P1', detail: 'Авария' })
  })

  it('keeps the server’s words for comments, documents and registrations', () => {
    expect(say(entry({ type: 'COMMENT', action: null, summary: 'Позвонил клиенту' })).text).toBe('Позвонил клиенту')
    expect(say(entry({ type: 'LINK_ADDED', action: null, summary: 'Привязан счёт № 12' })).kind).toBe('link')
    expect(say(entry({ action: 'REGISTERED', summary: 'Заявка зарегистрирована' })).text).toBe('Заявка зарегистрирована')
    expect(say(entry({ action: 'SOMETHING_NEW', summary: 'Что-то новое' })).text).toBe('Что-то новое')
  })
})
