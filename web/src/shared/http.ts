import type { CsrfToken, FieldError, Problem } from './api-types'
import { currentLocale } from './i18n'

/**
 * The one place that talks HTTP. Feature clients (`features/<x>/api.ts`) call `http.get/post`
 * with a path template such as '/api/v1/requests/{id}'; a test checks every template used
 * against openapi-paths.json, so keep the template a string literal at the call site.
 */

export const CSRF_COOKIE = 'XSRF-TOKEN'
const DEFAULT_CSRF_HEADER = 'X-XSRF-TOKEN'

/** A non-2xx answer from the API, with its RFC 9457 problem body. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }

  /** Per-field messages of a 400, keyed by field name (first message wins). */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {}
    for (const error of this.problem.errors ?? ([] as FieldError[])) {
      if (error.field && !(error.field in result)) result[error.field] = error.message
    }
    return result
  }
}

/** The server could not be reached at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause })
    this.name = 'NetworkError'
  }
}

type Scalar = string | number | boolean
export type QueryValue = Scalar | readonly Scalar[] | null | undefined
export interface RequestOptions {
  /** Values for `{name}` placeholders in the path template. */
  path?: Record<string, Scalar>
  /** An array becomes a repeated parameter (`status=NEW&status=TRIAGED`), as Spring binds a set. */
  query?: Record<string, QueryValue>
  json?: unknown
  form?: Record<string, string>
  /** A multipart body (file uploads); the browser sets the boundary. */
  multipart?: FormData
  /** 401 is an expected answer here (login, who-am-I): do not fire the session-expired handler. */
  expectUnauthorized?: boolean
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

let unauthorizedHandler: (() => void) | null = null
let csrfHeaderName = DEFAULT_CSRF_HEADER
let csrfTokenFromBody: string | null = null

/** Called when an API call answers 401, i.e. the session ended while the user worked. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim()
      return value ? decodeURIComponent(value) : null
    }
  }
  return null
}

export function expandPath(template: string, params: Record<string, Scalar> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${template}`)
    return encodeURIComponent(String(value))
  })
}

function buildUrl(template: string, options: RequestOptions): string {
  const path = expandPath(template, options.path)
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value)) for (const item of value as readonly Scalar[]) query.append(key, String(item))
    else query.set(key, String(value))
  }
  const qs = query.toString()
  return qs ? `${path}?${qs}` : path
}

/**
 * Makes the server issue the XSRF-TOKEN cookie (Spring Security defers it). Called at start-up,
 * before login, and whenever a state-changing call finds no cookie (login rotates the token).
 */
export async function ensureCsrf(): Promise<void> {
  const token = await send<CsrfToken>('GET', '/api/v1/auth/csrf', { expectUnauthorized: true })
  if (token?.headerName) csrfHeaderName = token.headerName
  csrfTokenFromBody = token?.token ?? null
}

async function csrfToken(): Promise<string | null> {
  // Read the cookie every time: the server replaces the token on login and logout.
  const fromCookie = readCookie(CSRF_COOKIE)
  if (fromCookie) return fromCookie
  await ensureCsrf()
  return readCookie(CSRF_COOKIE) ?? csrfTokenFromBody
}

async function send<T>(method: Method, template: string, options: RequestOptions, retried = false): Promise<T> {
  const response = await exchange(method, template, options, retried)
  return (await readBody(response)) as T
}

/** The successful response itself; every non-2xx becomes an ApiError (after one CSRF retry for writes). */
async function exchange(method: Method, template: string, options: RequestOptions, retried = false): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLocale(),
    // Stops the browser's Basic-auth popup on 401.
    'X-Requested-With': 'XMLHttpRequest',
  }
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.json)
  } else if (options.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8'
    body = new URLSearchParams(options.form).toString()
  } else if (options.multipart) {
    body = options.multipart
  }
  if (method !== 'GET') {
    const token = await csrfToken()
    if (token) headers[csrfHeaderName] = token
  }

  let response: Response
  try {
    response = await fetch(buildUrl(template, options), {
      method,
      headers,
      body,
      credentials: 'same-origin',
    })
  } catch (cause) {
    throw new NetworkError(cause)
  }

  if (response.ok) return response

  const problem = await readProblem(response)
  // A stale CSRF token is answered with 403; refresh it once. Nothing was written on a 403.
  if (response.status === 403 && method !== 'GET' && !retried) {
    await ensureCsrf()
    return exchange(method, template, options, true)
  }
  if (response.status === 401 && !options.expectUnauthorized) unauthorizedHandler?.()
  throw new ApiError(response.status, problem)
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined
  const text = await response.text()
  if (!text) return undefined
  return (response.headers.get('Content-Type') ?? '').includes('json') ? JSON.parse(text) : text
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, title: response.statusText }
  try {
    const text = await response.text()
    if (!text) return fallback
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? { ...fallback, ...(parsed as Problem) } : fallback
  } catch {
    return fallback
  }
}

/** A file the server sent: its bytes and the name from Content-Disposition (or the fallback). */
export interface DownloadedFile {
  blob: Blob
  fileName: string
}

/** filename*=UTF-8''… wins over filename="…" (RFC 6266). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(disposition)
  return (plain?.[1] ?? plain?.[2])?.trim() || fallback
}

export const http = {
  /** GET a file through the session (cookies, language, 401 handling) instead of a bare link. */
  download: async (path: string, options: RequestOptions = {}, fallbackName = 'download'): Promise<DownloadedFile> => {
    const response = await exchange('GET', path, options)
    return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition'), fallbackName) }
  },
  /** The URL of a GET, for a plain link the browser follows with the session cookie (documents). */
  href: (path: string, options: RequestOptions = {}): string => buildUrl(path, options),
  get: <T>(path: string, options: RequestOptions = {}) => send<T>('GET', path, options),
  post: <T>(path: string, options: RequestOptions = {}) => send<T>('POST', path, options),
  put: <T>(path: string, options: RequestOptions = {}) => send<T>('PUT', path, options),
  patch: <T>(path: string, options: RequestOptions = {}) => send<T>('PATCH', path, options),
  delete: <T>(path: string, options: RequestOptions = {}) => send<T>('DELETE', path, options),
}
