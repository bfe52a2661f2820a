export type TimelineType = 'AUDIT' | 'COMMENT' | 'DOCUMENT_ATTACHED' | 'DOCUMENT_DELETED' | 'LINK_ADDED'

/** One line of a request's history (dozor.history.TimelineEntry). */
export interface TimelineEntry {
  type: TimelineType | string
  at: string
  actor: string
  /** A sentence in the caller's language; a comment's text. */
  summary: string
  refId: string | null
  /** The audit action (REGISTERED, STATUS_CHANGED, PRIORITY_CHANGED, MERGED, ...). */
  action: string | null
  visibility: CommentVisibility | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

export interface Timeline {
  /** Oldest first, newest last. */
  items: TimelineEntry[]
  truncated: boolean
}

export type CommentVisibility = 'INTERNAL' | 'CUSTOMER'

export interface CommentView {
  id: string
  requestId: string
  text: string
  visibility: CommentVisibility
  author: string
  createdAt: string
}

export const DOCUMENT_KINDS = ['PHOTO', 'ACT', 'INVOICE', 'CONTRACT', 'WAYBILL', 'OTHER'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export interface DocumentView {
  id: string
  requestId: string
  kind: DocumentKind | string
  title: string | null
  fileName: string
  downloadName: string
  contentType: string
  size: number
  sha256: string
  uploadedAt: string
  uploadedBy: string
  duplicateOf: string | null
  contentUrl: string
}

export const LINK_KINDS = ['CONTRACT', 'INVOICE', 'ACT', 'WAYBILL'] as const
export type LinkKind = (typeof LINK_KINDS)[number]

export interface DocumentLink {
  id: string
  requestId: string
  kind: LinkKind | string
  reference: string
  title: string | null
  createdAt: string
  createdBy: string
}
