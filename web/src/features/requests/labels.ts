import type { ClockState, Priority, SlaState } from '@/shared/api-types'
import type { Tone } from '@/shared/tone'

export type { Tone }

// Colour tone per value; the words come from i18n (`status.*`, `priority.*`, `sla.states.*`).
export const PRIORITY_TONE: Record<Priority, Tone> = {
  P1: 'danger',
  P2: 'warning',
  P3: 'info',
  P4: 'neutral',
}

const STATUS_TONE: Record<string, Tone> = {
  NEW: 'info',
  TRIAGED: 'info',
  IN_PROGRESS: 'warning',
  AWAITING_PARTS: 'neutral',
  AWAITING_CUSTOMER: 'neutral',
  READY: 'success',
  SHIPPED: 'success',
  CLOSED: 'muted',
  CANCELLED: 'muted',
  REOPENED: 'warning',
}

export function statusTone(status: string): Tone {
  return STATUS_TONE[status] ?? 'neutral'
}

export const SLA_STATE_TONE: Record<SlaState | ClockState, Tone> = {
  RUNNING: 'info',
  PAUSED: 'neutral',
  WAITING: 'muted',
  BREACHED: 'danger',
  MET: 'success',
  CANCELLED: 'muted',
  PENDING: 'muted',
  UNKNOWN: 'muted',
}

/** While the SLA is in one of these states the card keeps re-fetching the request. */
export const SLA_STATES_TO_POLL: readonly SlaState[] = ['PENDING', 'UNKNOWN']
