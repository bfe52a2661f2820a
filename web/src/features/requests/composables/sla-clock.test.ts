import { describe, expect, it } from 'vitest'
import type { SlaView } from '@/shared/api-types'
import { slaClock } from './sla-clock'

const T0 = Date.parse('2026-11-25T10:00:00Z')
const sla = (state: SlaView['state'], dueAt: string | null = '2026-11-25T14:00:00Z'): SlaView => ({
  target: 'FIRST_RESPONSE',
  state,
  startedAt: '2026-11-25T10:00:00Z',
  dueAt,
})

describe('slaClock', () => {
  it('counts down to the due time while running', () => {
    expect(slaClock(sla('RUNNING'), T0 + 60_000)).toEqual({ kind: 'running', remainingMs: 4 * 3600e3 - 60_000, warning: false })
  })

  it('warns in the last fifth of the window', () => {
    const clock = slaClock(sla('RUNNING'), Date.parse('2026-11-25T13:15:00Z'))
    expect(clock).toMatchObject({ kind: 'running', warning: true })
  })

  it('shows a running clock past its due time as overdue before the server says so', () => {
    expect(slaClock(sla('RUNNING'), Date.parse('2026-11-25T14:00:05Z'))).toEqual({ kind: 'overdue', overdueMs: 5000 })
  })

  it('counts the overdue time of a breached SLA', () => {
    expect(slaClock(sla('BREACHED'), Date.parse('2026-11-25T15:00:00Z'))).toEqual({ kind: 'overdue', overdueMs: 3600e3 })
    expect(slaClock(sla('BREACHED', null), T0)).toEqual({ kind: 'overdue', overdueMs: null })
  })

  it('has no countdown when met, pending or unknown', () => {
    expect(slaClock(sla('MET'), T0).kind).toBe('met')
    expect(slaClock(sla('PENDING', null), T0).kind).toBe('pending')
    expect(slaClock(sla('UNKNOWN', null), T0).kind).toBe('unknown')
    expect(slaClock(sla('RUNNING', null), T0).kind).toBe('pending')
    expect(slaClock(null, T0).kind).toBe('unknown')
  })
})
