import { http } from '@/shared/http'
import type { CommentView, CommentVisibility, DocumentKind, DocumentLink, DocumentView, LinkKind, Timeline } from './types'

export const activityApi = {
  /** Changes, comments, documents and links, newest last. */
  history(requestId: string): Promise<Timeline> {
    return http.get<Timeline>('/api/v1/requests/{id}/history', { path: { id: requestId } })
  },

  comments(requestId: string): Promise<CommentView[]> {
    return http.get<CommentView[]>('/api/v1/requests/{id}/comments', { path: { id: requestId } })
  },

  addComment(requestId: string, text: string, visibility: CommentVisibility): Promise<CommentView> {
    return http.post<CommentView>('/api/v1/requests/{id}/comments', {
      path: { id: requestId },
      json: { text: text.trim(), visibility },
    })
  },

  documents(requestId: string): Promise<DocumentView[]> {
    return http.get<DocumentView[]>('/api/v1/requests/{id}/documents', { path: { id: requestId } })
  },

  /** 413 when too large, 415 when the type is not accepted. */
  upload(requestId: string, file: File, kind: DocumentKind, title?: string | null): Promise<DocumentView> {
    const form = new FormData()
    form.append('file', file, file.name)
    form.append('kind', kind)
    if (title?.trim()) form.append('title', title.trim())
    return http.post<DocumentView>('/api/v1/requests/{id}/documents', { path: { id: requestId }, multipart: form })
  },

  /** A link the browser follows with the session cookie; `inline` shows PDFs and pictures in a tab. */
  contentHref(requestId: string, documentId: string, inline = false): string {
    return http.href('/api/v1/requests/{id}/documents/{docId}/content', {
      path: { id: requestId, docId: documentId },
      query: { inline: inline || undefined },
    })
  },

  links(requestId: string): Promise<DocumentLink[]> {
    return http.get<DocumentLink[]>('/api/v1/requests/{id}/links', { path: { id: requestId } })
  },

  /** 409 when the same document is already linked. */
  addLink(requestId: string, kind: LinkKind, reference: string, title?: string | null): Promise<DocumentLink> {
    return http.post<DocumentLink>('/api/v1/requests/{id}/links', {
      path: { id: requestId },
      json: { kind, reference: reference.trim(), title: title?.trim() || null },
    })
  },
}
