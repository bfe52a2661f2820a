export type NoticeType =
  | 'SLA_WARNING'
  | 'SLA_BREACHED'
  | 'SLA_ESCALATED'
  | 'REQUEST_ASSIGNED'
  | 'TASK_ASSIGNED'
  | 'REQUEST_STATUS_CHANGED'
  | 'COMMENT_ADDED'
  | 'PURCHASE_LATE'
  | 'STOCK_LOW'

/** A notice in the reader's language (the server picks it from Accept-Language). */
export interface NotificationView {
  id: string
  type: NoticeType | string
  typeName: string
  title: string
  text: string | null
  /** An in-app path such as /requests/<id>, or null. */
  link: string | null
  entityType: string | null
  entityId: string | null
  createdAt: string
  read: boolean
  readAt: string | null
}

export const CHANNELS = ['IN_APP', 'EMAIL', 'TELEGRAM', 'SLACK', 'TEAMS'] as const

/** Where the user can be reached outside the app; null when not set. */
export interface ChannelAddresses {
  email: string | null
  telegramChatId: string | null
  slackWebhookUrl: string | null
  teamsWebhookUrl: string | null
}

/** GET /api/v1/notifications/preferences: the type × channel matrix, with names in the reader's language. */
export interface NotificationPreferences {
  matrix: Record<string, Record<string, boolean>>
  types: { code: string; name: string }[]
  /** `available`: this installation can send over the channel; a choice for another is kept but idle. */
  channels: { code: string; name: string; available: boolean }[]
  addresses: ChannelAddresses
}
