import type { Page, RegisterRequestCommand, RequestView } from '@/shared/api-types'
import { http } from '@/shared/http'

export const DEFAULT_PAGE_SIZE = 20

export const requestsApi = {
  /** Newest first. `page` is zero-based. */
  list(page: number, size = DEFAULT_PAGE_SIZE): Promise<Page<RequestView>> {
    return http.get<Page<RequestView>>('/api/v1/requests', { query: { page, size } })
  },

  get(id: string): Promise<RequestView> {
    return http.get<RequestView>('/api/v1/requests/{id}', { path: { id } })
  },

  /** 201 with the registered request; 400 with per-field errors in the problem body. */
  register(command: RegisterRequestCommand): Promise<RequestView> {
    return http.post<RequestView>('/api/v1/requests', { json: command })
  },
}
