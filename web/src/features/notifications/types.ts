export type NoticeType =
  | 'SLA_WARNING'
  | 'SLA_BREACHED'
  | 'SLA_ESCALATED'
  | 'REQUEST_ASSIGNED'
  | 'TASK_ASSIGNED'
  | 'REQUEST_STATUS_CHANGED'
  | 'COMMENT_ADDED'

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
