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
  'REOPENED',
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

export const CATEGORIES = [
  'WARRANTY_REPAIR',
  'PAID_REPAIR',
  'INSTALLATION',
  'REPLACEMENT',
  'CONSULTATION',
  'EQUIPMENT_ORDER',
] as const
export type Category = (typeof CATEGORIES)[number]

export const DEVICE_TYPES = ['VEHICLE_DVR', 'CCTV_NVR', 'CCTV_DVR', 'CAMERA', 'STORAGE', 'OTHER'] as const
export type DeviceType = (typeof DEVICE_TYPES)[number]

/** Departments that act on requests, each staffed by one role (dozor.work.Department). */
export const DEPARTMENTS = ['ENGINEERING', 'WAREHOUSE', 'PROCUREMENT', 'LOGISTICS', 'ACCOUNTING'] as const
export type Department = (typeof DEPARTMENTS)[number]

export const DEPARTMENT_ROLE: Record<Department, string> = {
  ENGINEERING: 'ENGINEER',
  WAREHOUSE: 'WAREHOUSE',
  PROCUREMENT: 'PROCUREMENT',
  LOGISTICS: 'LOGISTICS',
  ACCOUNTING: 'ACCOUNTANT',
}

/**
 * The headline clock: PENDING while the streams side has not computed it yet, UNKNOWN when it is unreachable.
 * PAUSED while the request waits for the customer or for parts.
 */
export type SlaState = 'RUNNING' | 'PAUSED' | 'BREACHED' | 'MET' | 'PENDING' | 'UNKNOWN'
export const SLA_STATES = ['RUNNING', 'PAUSED', 'BREACHED', 'MET'] as const
export type SlaTarget = 'FIRST_RESPONSE' | 'RESOLUTION'

/** One clock of a request: first response, resolution, or a department leg (one per task). */
export type ClockState = 'RUNNING' | 'PAUSED' | 'WAITING' | 'MET' | 'BREACHED' | 'CANCELLED'
export interface SlaClockView {
  key: string
  target: 'FIRST_RESPONSE' | 'RESOLUTION' | 'LEG' | string
  taskId: string | null
  department: Department | string | null
  assignee: string | null
  state: ClockState | string
  startedAt: string | null
  dueAt: string | null
  /** Business time used when the server answered. */
  usedMillis: number
  targetMillis: number
  /** The status that paused it (AWAITING_CUSTOMER, AWAITING_PARTS). */
  pauseReason: string | null
  breachedAt: string | null
  escalationLevel: number
}

export interface SlaView {
  target: SlaTarget | string
  state: SlaState
  startedAt: string | null
  dueAt: string | null
  clocks?: SlaClockView[]
}

export interface RequestView {
  id: string
  number: string
  customerId?: string
  customerName: string
  unp: string | null
  contactPhone: string
  contactEmail?: string | null
  deviceModel: string
  serialNumber: string | null
  problemDescription: string
  category?: Category | string | null
  deviceType?: DeviceType | string | null
  region?: string | null
  priority: Priority
  /** MANUAL (chosen at registration), RULES, OVERRIDE (changed later with a reason). */
  prioritySource?: 'MANUAL' | 'RULES' | 'OVERRIDE' | string
  priorityReason?: string | null
  status: RequestStatus | string
  statusChangedAt?: string
  channel?: string
  /** The request this one probably repeats. */
  duplicateOf?: string | null
  /** SUSPECTED, MERGED or DISMISSED; null when it was never flagged. */
  duplicateState?: string | null
  /** ISO-8601 instant in UTC. */
  registeredAt: string
  registeredBy: string
  version?: number
  sla: SlaView
}

/** A row of the queue (GET /api/v1/requests). */
export interface QueueItem {
  id: string
  number: string
  customerId: string
  customerName: string
  category: string | null
  deviceType: string | null
  deviceModel: string
  priority: Priority
  status: RequestStatus | string
  registeredAt: string
  statusChangedAt: string
  departments: string[]
  assignees: string[]
  duplicateState: string | null
  sla: SlaView | null
}

/** POST /api/v1/requests; without a priority, category or device type the rules decide. */
export interface RegisterRequestCommand {
  customerName: string
  unp: string | null
  contactPhone: string
  contactEmail?: string | null
  deviceModel: string
  serialNumber: string | null
  problemDescription: string
  priority: Priority | null
  category?: Category | null
  deviceType?: DeviceType | null
  region?: string | null
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  totalItems: number
  totalPages: number
}
