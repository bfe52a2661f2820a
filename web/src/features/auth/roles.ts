/**
 * Role groups as the server's security rules name them (dozor.api.security.SecurityConfiguration); used only to
 * show or hide what a user cannot do anyway.
 */
export const REQUEST_READERS: readonly string[] = [
  'ADMIN',
  'DISPATCHER',
  'ENGINEER',
  'WAREHOUSE',
  'LOGISTICS',
  'PROCUREMENT',
  'ACCOUNTANT',
  'MANAGER',
]
/** Register requests, override priority, merge duplicates, issue survey links, read the rules. */
export const REQUEST_WRITERS: readonly string[] = ['ADMIN', 'DISPATCHER', 'MANAGER']
/** Start, complete and assign any department's task. */
export const COORDINATORS: readonly string[] = ['ADMIN', 'DISPATCHER', 'MANAGER']
/** Read the figures page: GET /api/v1/sla/metrics admits the request readers; of those, the ones who steer. */
export const SLA_FIGURE_READERS: readonly string[] = ['ADMIN', 'MANAGER', 'DISPATCHER']
/** Edit the SLA policy, calendars, routing and priority rules. */
export const SETTINGS_EDITORS: readonly string[] = ['ADMIN']
/** Staff of a department: their work starts on the "my tasks" page. */
export const DEPARTMENT_STAFF: readonly string[] = ['ENGINEER', 'WAREHOUSE', 'LOGISTICS', 'PROCUREMENT', 'ACCOUNTANT']

export function hasAnyRole(roles: readonly string[], wanted: readonly string[]): boolean {
  return roles.some((role) => wanted.includes(role))
}

/** Enter the National Bank's exchange rates (every request reader reads them). */
export const RATE_EDITORS: readonly string[] = ['ADMIN', 'ACCOUNTANT']

/** Stock (SecurityConfiguration's stock rules): every request reader reads it. */
export const STOCK_READERS: readonly string[] = REQUEST_READERS
/** Keep the catalogue and record receipts, issues, write-offs; counts; issue a reservation. */
export const STOCK_KEEPERS: readonly string[] = ['ADMIN', 'WAREHOUSE']
/** Dispatch and receive transfers. */
export const STOCK_MOVERS: readonly string[] = ['ADMIN', 'WAREHOUSE', 'LOGISTICS']
/** Reserve parts for a task and release them. */
export const STOCK_RESERVERS: readonly string[] = ['ADMIN', 'WAREHOUSE', 'ENGINEER']
