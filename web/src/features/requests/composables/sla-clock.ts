import type { SlaClockView, SlaView } from '@/shared/api-types'

/**
 * What a countdown shows at a given instant. The server's state wins, except that a RUNNING clock
 * whose due time has passed on this machine already shows as overdue: streams will report the
 * breach a moment later, and the dispatcher should not see "0:00:00 left" in the meantime.
 */
export type SlaClock =
  | { kind: 'running'; remainingMs: number; warning: boolean }
  | { kind: 'paused'; remainingMs: number | null; reason: string | null }
  | { kind: 'overdue'; overdueMs: number | null }
  | { kind: 'met' }
  | { kind: 'waiting' }
  | { kind: 'cancelled' }
  | { kind: 'pending' }
  | { kind: 'unknown' }

/** Below this share of the whole window (or 15 minutes) the countdown turns amber. */
const WARNING_SHARE = 0.2
const WARNING_FLOOR_MS = 15 * 60 * 1000

/** The detailed clock behind the headline (same target, not a department leg), when the server sent clocks. */
export function headlineClock(sla: SlaView | null | undefined): SlaClockView | null {
  return sla?.clocks?.find((c) => c.key === sla.target) ?? sla?.clocks?.find((c) => c.target === sla.target && !c.taskId) ?? null
}

export function slaClock(sla: SlaView | null | undefined, nowMs: number): SlaClock {
  if (!sla) return { kind: 'unknown' }
  if (sla.state === 'PAUSED') {
    const detail = headlineClock(sla)
    return pausedClock(detail)
  }
  return clockAt(sla.state, sla.startedAt, sla.dueAt, nowMs)
}

/** The same reading for one clock of the SLA panel (first response, resolution, a department leg). */
export function clockViewAt(clock: SlaClockView, nowMs: number): SlaClock {
  if (clock.state === 'PAUSED') return pausedClock(clock)
  return clockAt(clock.state, clock.startedAt, clock.dueAt, nowMs, clock.breachedAt)
}

function pausedClock(clock: SlaClockView | null): SlaClock {
  if (!clock) return { kind: 'paused', remainingMs: null, reason: null }
  return { kind: 'paused', remainingMs: Math.max(0, clock.targetMillis - clock.usedMillis), reason: clock.pauseReason }
}

function clockAt(state: string, startedAt: string | null, dueAt: string | null, nowMs: number, breachedAt?: string | null): SlaClock {
  const due = dueAt ? Date.parse(dueAt) : NaN
  switch (state) {
    case 'MET':
      return { kind: 'met' }
    case 'PENDING':
      return { kind: 'pending' }
    case 'WAITING':
      return { kind: 'waiting' }
    case 'CANCELLED':
      return { kind: 'cancelled' }
    case 'BREACHED': {
      const since = Number.isNaN(due) ? (breachedAt ? Date.parse(breachedAt) : NaN) : due
      return { kind: 'overdue', overdueMs: Number.isNaN(since) ? null : Math.max(0, nowMs - since) }
    }
    case 'RUNNING': {
      if (Number.isNaN(due)) return { kind: 'pending' }
      const remainingMs = due - nowMs
      if (remainingMs <= 0) return { kind: 'overdue', overdueMs: -remainingMs }
      const started = startedAt ? Date.parse(startedAt) : NaN
      const windowMs = Number.isNaN(started) ? NaN : due - started
      const threshold = Number.isNaN(windowMs) ? WARNING_FLOOR_MS : Math.max(WARNING_FLOOR_MS, windowMs * WARNING_SHARE)
      return { kind: 'running', remainingMs, warning: remainingMs <= threshold }
    }
    default:
      return { kind: 'unknown' }
  }
}

/** Share of the business-time target used (0..1, capped), for the progress bar. */
export function usedShare(clock: Pick<SlaClockView, 'usedMillis' | 'targetMillis'>): number {
  if (!clock.targetMillis || clock.targetMillis <= 0) return 0
  return Math.min(1, Math.max(0, clock.usedMillis / clock.targetMillis))
}
