import { onScopeDispose, ref } from 'vue'
import { notificationsApi } from '../api'
import type { NotificationView } from '../types'

/** How often the bell asks for the unread count; SLA warnings should not wait long. */
export const UNREAD_POLL_MS = 30_000

/** The bell's state: the unread count (polled) and the latest notices (read when the panel opens). */
export function useNotifications() {
  const unread = ref(0)
  const items = ref<NotificationView[]>([])
  const loading = ref(false)
  const failed = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined

  async function poll(): Promise<void> {
    clearTimeout(timer)
    try {
      unread.value = await notificationsApi.unreadCount()
    } catch {
      // A missed poll is not worth a message; the next one tries again.
    } finally {
      timer = setTimeout(() => void poll(), UNREAD_POLL_MS)
    }
  }

  async function loadLatest(): Promise<void> {
    loading.value = true
    failed.value = false
    try {
      const page = await notificationsApi.list(0, 10)
      items.value = page.items
      unread.value = await notificationsApi.unreadCount()
    } catch {
      failed.value = true
    } finally {
      loading.value = false
    }
  }

  async function markRead(notice: NotificationView): Promise<void> {
    if (notice.read) return
    const updated = await notificationsApi.markRead(notice.id)
    items.value = items.value.map((n) => (n.id === updated.id ? updated : n))
    unread.value = Math.max(unread.value - 1, 0)
  }

  async function markAllRead(): Promise<void> {
    await notificationsApi.markAllRead()
    items.value = items.value.map((n) => ({ ...n, read: true }))
    unread.value = 0
  }

  void poll()
  onScopeDispose(() => clearTimeout(timer))
  return { unread, items, loading, failed, loadLatest, markRead, markAllRead }
}
