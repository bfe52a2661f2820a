/**
 * Shapes of the Dozor REST API (/api/v1) as the web client uses them.
 * Kept by hand; every path the clients call is listed in openapi-paths.json and checked
 * against the server's OpenAPI document on the Java side.
 */

/** RFC 9457 problem body returned for every 4xx/5xx. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
}

export interface FieldError {
  field: string
  message: string
}

/** GET /api/v1/auth/csrf */
export interface CsrfToken {
  headerName: string
  token: string
}

/** GET /api/v1/me and POST /api/v1/auth/login */
export interface CurrentUser {
  username: string
  displayName: string
  roles: string[]
  locale: string
}

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const
export type Priority = (typeof PRIORITIES)[number]

export const REQUEST_STATUSES = [
  'NEW',
  'TRIAGED',
  'IN_PROGRESS',
  'AWAITING_PARTS',
  'AWAITING_CUSTOMER',
  'READY',
  'SHIPPED',
  'CLOSED',
  'CANCELLED',
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

/** PENDING: the streams side has not computed the clock yet; UNKNOWN: it is unreachable. */
export type SlaState = 'RUNNING' | 'BREACHED' | 'MET' | 'PENDING' | 'UNKNOWN'
export type SlaTarget = 'FIRST_RESPONSE'

export interface SlaView {
  target: SlaTarget | string
  state: SlaState
  startedAt: string | null
  dueAt: string | null
}

export interface RequestView {
  id: string
  number: string
  customerName: string
  unp: string | null
  contactPhone: string
  deviceModel: string
  serialNumber: string | null
  problemDescription: string
  priority: Priority
  status: RequestStatus | string
  /** ISO-8601 instant in UTC. */
  registeredAt: string
  registeredBy: string
  sla: SlaView
}

/** POST /api/v1/requests */
export interface RegisterRequestCommand {
  customerName: string
  unp: string | null
  contactPhone: string
  deviceModel: string
  serialNumber: string | null
  problemDescription: string
  priority: Priority
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  totalItems: number
  totalPages: number
}
