import type { Page, QueueItem, RegisterRequestCommand, RequestView } from '@/shared/api-types'
import { http, type DownloadedFile } from '@/shared/http'
import type { RequestAction } from './lifecycle'
import type { PriorityOverride, QueueFilter, SavedFilter, StatusInterval } from './types'

export const DEFAULT_PAGE_SIZE = 20

export type ExportFormat = 'xlsx' | 'csv'

/** The filter as query parameters; empty values are left out so the URL stays short. */
export function filterQuery(filter: QueueFilter): Record<string, string | string[] | boolean | undefined> {
  const nonEmpty = (values?: string[]) => (values && values.length > 0 ? values : undefined)
  return {
    q: filter.q?.trim() || undefined,
    status: nonEmpty(filter.status),
    priority: nonEmpty(filter.priority),
    category: nonEmpty(filter.category),
    department: filter.department || undefined,
    assignee: filter.assignee || undefined,
    slaState: nonEmpty(filter.slaState),
    from: filter.from || undefined,
    to: filter.to || undefined,
    duplicates: filter.duplicates ? true : undefined,
    sort: filter.sort && filter.sort !== 'NEWEST' ? filter.sort : undefined,
  }
}

export const requestsApi = {
  /** The queue: filtered, sorted and paged on the server. `page` is zero-based. */
  search(filter: QueueFilter, page: number, size = DEFAULT_PAGE_SIZE): Promise<Page<QueueItem>> {
    return http.get<Page<QueueItem>>('/api/v1/requests', { query: { ...filterQuery(filter), page, size } })
  },

  /** The filtered queue as a spreadsheet, downloaded through the session. */
  export(filter: QueueFilter, format: ExportFormat): Promise<DownloadedFile> {
    return http.download('/api/v1/requests/export', { query: { ...filterQuery(filter), format } }, `zayavki.${format}`)
  },

  get(id: string): Promise<RequestView> {
    return http.get<RequestView>('/api/v1/requests/{id}', { path: { id } })
  },

  /** 201 with the registered request; 400 with per-field errors in the problem body. */
  register(command: RegisterRequestCommand): Promise<RequestView> {
    return http.post<RequestView>('/api/v1/requests', { json: command })
  },

  /** 403 when the role may not, 409 when the status does not allow it, 400 when a required reason is missing. */
  transition(id: string, action: RequestAction, reason?: string | null): Promise<RequestView> {
    return http.post<RequestView>('/api/v1/requests/{id}/transitions', {
      path: { id },
      json: { action, reason: reason?.trim() || null },
    })
  },

  overridePriority(id: string, change: PriorityOverride): Promise<RequestView> {
    return http.post<RequestView>('/api/v1/requests/{id}/priority', { path: { id }, json: change })
  },

  /** Merges this request (a duplicate) into the one it repeats; it ends up cancelled. */
  merge(id: string, intoRequestId: string): Promise<RequestView> {
    return http.post<RequestView>('/api/v1/requests/{id}/merge', { path: { id }, json: { intoRequestId } })
  },

  dismissDuplicate(id: string): Promise<RequestView> {
    return http.post<RequestView>('/api/v1/requests/{id}/dismiss-duplicate', { path: { id } })
  },

  intervals(id: string): Promise<StatusInterval[]> {
    return http.get<StatusInterval[]>('/api/v1/requests/{id}/intervals', { path: { id } })
  },
}

export const savedFiltersApi = {
  mine(): Promise<SavedFilter[]> {
    return http.get<SavedFilter[]>('/api/v1/saved-filters')
  },

  save(name: string, filter: QueueFilter): Promise<SavedFilter> {
    return http.post<SavedFilter>('/api/v1/saved-filters', { json: { name, filter } })
  },

  remove(id: string): Promise<void> {
    return http.delete<void>('/api/v1/saved-filters/{id}', { path: { id } })
  },
}
