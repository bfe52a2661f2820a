import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { QUEUE_SORTS, type QueueFilter, type QueueSort } from './types'

/**
 * The queue filter lives in the URL (?status=NEW&status=TRIAGED&q=…&page=2), so a reload, "back" or a shared
 * link shows the same list. Unknown values are dropped rather than sent to the server.
 */
const LIST_KEYS = ['status', 'priority', 'category', 'slaState'] as const
const CODE = /^[A-Z][A-Z0-9_]{1,19}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

function list(value: LocationQuery[string] | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  return values.filter((v): v is string => typeof v === 'string' && CODE.test(v))
}

function single(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first !== '' ? first : undefined
}

export function filterFromQuery(query: LocationQuery): QueueFilter {
  const filter: QueueFilter = {}
  const q = single(query.q)
  if (q) filter.q = q
  for (const key of LIST_KEYS) {
    const values = list(query[key])
    if (values.length > 0) filter[key] = values
  }
  const department = single(query.department)
  if (department && CODE.test(department)) filter.department = department
  const assignee = single(query.assignee)
  if (assignee) filter.assignee = assignee
  const from = single(query.from)
  if (from && DATE.test(from)) filter.from = from
  const to = single(query.to)
  if (to && DATE.test(to)) filter.to = to
  if (single(query.duplicates) === 'true') filter.duplicates = true
  const sort = single(query.sort)
  if (sort && (QUEUE_SORTS as readonly string[]).includes(sort) && sort !== 'NEWEST') filter.sort = sort as QueueSort
  return filter
}

/** The filter as URL query; `page` (zero-based) is written one-based, and left out on the first page. */
export function filterToQuery(filter: QueueFilter, page = 0): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (filter.q?.trim()) query.q = filter.q.trim()
  for (const key of LIST_KEYS) {
    const values = filter[key]
    if (values && values.length > 0) query[key] = [...values]
  }
  if (filter.department) query.department = filter.department
  if (filter.assignee) query.assignee = filter.assignee
  if (filter.from) query.from = filter.from
  if (filter.to) query.to = filter.to
  if (filter.duplicates) query.duplicates = 'true'
  if (filter.sort && filter.sort !== 'NEWEST') query.sort = filter.sort
  if (page > 0) query.page = String(page + 1)
  return query
}

export function pageFromQuery(query: LocationQuery): number {
  const value = Number.parseInt(String(single(query.page) ?? '1'), 10)
  return Number.isFinite(value) && value > 1 ? value - 1 : 0
}

/** Whether anything narrows the list (the sort alone does not). */
export function isFiltered(filter: QueueFilter): boolean {
  const { sort: _sort, ...rest } = filter
  return Object.values(rest).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '' && v !== false))
}

/** A saved filter from the server, cleaned the same way as one from the URL. */
export function normaliseFilter(raw: unknown): QueueFilter {
  if (!raw || typeof raw !== 'object') return {}
  const query: LocationQuery = {}
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(value)) query[key] = value.map(String)
    else if (value !== undefined && value !== null) query[key] = String(value)
  }
  return filterFromQuery(query)
}
