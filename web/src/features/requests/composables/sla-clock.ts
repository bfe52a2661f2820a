import type { SlaView } from '@/shared/api-types'

/**
 * What a countdown shows at a given instant. The server's state wins, except that a RUNNING clock
 * whose due time has passed on this machine already shows as overdue: streams will report the
 * breach a moment later, and the dispatcher should not see "0:00:00 left" in the meantime.
 */
export type SlaClock =
  | { kind: 'running'; remainingMs: number; warning: boolean }
  | { kind: 'overdue'; overdueMs: number | null }
  | { kind: 'met' }
  | { kind: 'pending' }
  | { kind: 'unknown' }

/** Below this share of the whole window (or 15 minutes) the countdown turns amber. */
const WARNING_SHARE = 0.2
const WARNING_FLOOR_MS = 15 * 60 * 1000

export function slaClock(sla: SlaView | null | undefined, nowMs: number): SlaClock {
  if (!sla) return { kind: 'unknown' }
  const due = sla.dueAt ? Date.parse(sla.dueAt) : NaN
  switch (sla.state) {
    case 'MET':
      return { kind: 'met' }
    case 'PENDING':
      return { kind: 'pending' }
    case 'UNKNOWN':
      return { kind: 'unknown' }
    case 'BREACHED':
      return { kind: 'overdue', overdueMs: Number.isNaN(due) ? null : Math.max(0, nowMs - due) }
    case 'RUNNING': {
      if (Number.isNaN(due)) return { kind: 'pending' }
      const remainingMs = due - nowMs
      if (remainingMs <= 0) return { kind: 'overdue', overdueMs: -remainingMs }
      const started = sla.startedAt ? Date.parse(sla.startedAt) : NaN
      const windowMs = Number.isNaN(started) ? NaN : due - started
      const threshold = Number.isNaN(windowMs) ? WARNING_FLOOR_MS : Math.max(WARNING_FLOOR_MS, windowMs * WARNING_SHARE)
      return { kind: 'running', remainingMs, warning: remainingMs <= threshold }
    }
    default:
      return { kind: 'unknown' }
  }
}
