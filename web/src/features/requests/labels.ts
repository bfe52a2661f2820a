import type { Priority, SlaState } from '@/shared/api-types'

// Colour tone per value; the words come from i18n (`status.*`, `priority.*`, `sla.states.*`).
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'muted'

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
}

export function statusTone(status: string): Tone {
  return STATUS_TONE[status] ?? 'neutral'
}

/** While the SLA is in one of these states the card keeps re-fetching the request. */
export const SLA_STATES_TO_POLL: readonly SlaState[] = ['PENDING', 'UNKNOWN']
