import type { Page } from '@/shared/api-types'
import { http } from '@/shared/http'
import type { ChannelAddresses, NotificationPreferences, NotificationView } from './types'

export const notificationsApi = {
  /** The caller's feed, newest first. */
  list(page = 0, size = 20, unreadOnly = false): Promise<Page<NotificationView>> {
    return http.get<Page<NotificationView>>('/api/v1/notifications', {
      query: { unreadOnly: unreadOnly || undefined, page, size },
    })
  },

  async unreadCount(): Promise<number> {
    const answer = await http.get<{ unread: number }>('/api/v1/notifications/unread-count')
    return answer.unread
  },

  markRead(id: string): Promise<NotificationView> {
    return http.post<NotificationView>('/api/v1/notifications/{id}/read', { path: { id } })
  },

  async markAllRead(): Promise<number> {
    const answer = await http.post<{ marked: number }>('/api/v1/notifications/read-all')
    return answer.marked
  },

  preferences(): Promise<NotificationPreferences> {
    return http.get<NotificationPreferences>('/api/v1/notifications/preferences')
  },

  /** Cells not sent stay as they are. */
  savePreferences(matrix: NotificationPreferences['matrix']): Promise<NotificationPreferences> {
    return http.put<NotificationPreferences>('/api/v1/notifications/preferences', { json: { matrix } })
  },

  /** Replaces the addresses; an empty one is cleared. */
  saveAddresses(addresses: ChannelAddresses): Promise<ChannelAddresses> {
    return http.put<ChannelAddresses>('/api/v1/notifications/addresses', { json: addresses })
  },
}
