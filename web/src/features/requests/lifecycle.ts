import type { RequestStatus } from '@/shared/api-types'

/**
 * The request lifecycle as the server enforces it (dozor.requests.RequestAction): where each action may start,
 * which roles may take it (ADMIN takes every one) and whether it needs a reason. Mirrored here only to offer
 * sensible buttons; the server has the last word (403 role, 409 status).
 */
export const REQUEST_ACTIONS = [
  'TRIAGE',
  'START',
  'AWAIT_PARTS',
  'AWAIT_CUSTOMER',
  'RESUME',
  'MARK_READY',
  'SHIP',
  'CLOSE',
  'CANCEL',
  'REOPEN',
] as const
export type RequestAction = (typeof REQUEST_ACTIONS)[number]

interface ActionRule {
  from: readonly RequestStatus[]
  roles: readonly string[]
  reasonRequired: boolean
}

export const ACTION_RULES: Record<RequestAction, ActionRule> = {
  TRIAGE: { from: ['NEW'], roles: ['DISPATCHER', 'MANAGER'], reasonRequired: false },
  START: { from: ['TRIAGED', 'REOPENED'], roles: ['ENGINEER', 'DISPATCHER', 'MANAGER'], reasonRequired: false },
  AWAIT_PARTS: { from: ['IN_PROGRESS'], roles: ['ENGINEER', 'WAREHOUSE', 'DISPATCHER'], reasonRequired: true },
  AWAIT_CUSTOMER: { from: ['IN_PROGRESS', 'TRIAGED'], roles: ['ENGINEER', 'DISPATCHER'], reasonRequired: true },
  RESUME: {
    from: ['AWAITING_PARTS', 'AWAITING_CUSTOMER'],
    roles: ['ENGINEER', 'WAREHOUSE', 'DISPATCHER', 'PROCUREMENT'],
    reasonRequired: false,
  },
  MARK_READY: { from: ['IN_PROGRESS'], roles: ['ENGINEER', 'DISPATCHER'], reasonRequired: false },
  SHIP: { from: ['READY'], roles: ['LOGISTICS', 'DISPATCHER'], reasonRequired: false },
  CLOSE: { from: ['READY', 'SHIPPED'], roles: ['DISPATCHER', 'MANAGER'], reasonRequired: false },
  CANCEL: {
    from: ['NEW', 'TRIAGED', 'IN_PROGRESS', 'AWAITING_PARTS', 'AWAITING_CUSTOMER', 'READY', 'REOPENED'],
    roles: ['DISPATCHER', 'MANAGER'],
    reasonRequired: true,
  },
  REOPEN: { from: ['CLOSED', 'CANCELLED'], roles: ['DISPATCHER', 'MANAGER'], reasonRequired: true },
}

/** Actions that end or undo work: shown apart from the forward ones, in a warning colour. */
export const DESTRUCTIVE_ACTIONS: readonly RequestAction[] = ['CANCEL', 'REOPEN']

export function mayTake(action: RequestAction, roles: readonly string[]): boolean {
  return roles.includes('ADMIN') || ACTION_RULES[action].roles.some((role) => roles.includes(role))
}

export function canStartFrom(action: RequestAction, status: string): boolean {
  return (ACTION_RULES[action].from as readonly string[]).includes(status)
}

/** The actions the user may take on a request in this status, in lifecycle order. */
export function allowedActions(status: string, roles: readonly string[]): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => canStartFrom(action, status) && mayTake(action, roles))
}

/** Actions offered for a selection: those the user may take and that fit at least one selected status. */
export function bulkActions(statuses: readonly string[], roles: readonly string[]): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => mayTake(action, roles) && statuses.some((s) => canStartFrom(action, s)))
}

export function reasonRequired(action: RequestAction): boolean {
  return ACTION_RULES[action].reasonRequired
}
