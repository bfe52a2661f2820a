import type { Priority, RequestStatus } from '@/shared/api-types'

export const QUEUE_SORTS = ['NEWEST', 'OLDEST', 'PRIORITY', 'SLA_DUE', 'RECENTLY_CHANGED'] as const
export type QueueSort = (typeof QUEUE_SORTS)[number]

/** The queue's server-side filter; every field optional, arrays mean "any of". Saved filters store this shape. */
export interface QueueFilter {
  q?: string
  status?: string[]
  priority?: string[]
  category?: string[]
  department?: string
  /** A user name, or `me` for the caller. */
  assignee?: string
  slaState?: string[]
  /** ISO dates (yyyy-mm-dd), registration date in Minsk. */
  from?: string
  to?: string
  /** Only requests flagged as probable duplicates. */
  duplicates?: boolean
  sort?: QueueSort
}

export interface SavedFilter {
  id: string
  name: string
  filter: QueueFilter
}

/** GET /api/v1/requests/{id}/intervals: the time spent in each status; leftAt null for the current one. */
export interface StatusInterval {
  status: RequestStatus | string
  enteredAt: string
  leftAt: string | null
  enteredBy: string
  action: string
  reason: string | null
}

export interface PriorityOverride {
  priority: Priority
  reason: string
}
