import { vi } from 'vitest'

/** A fetch Response with a JSON body, as the API sends it. */
export function jsonResponse(status: number, body?: unknown, contentType = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': status >= 400 ? 'application/problem+json' : contentType },
  })
}

export interface RecordedCall {
  method: string
  url: string
  headers: Record<string, string>
  body: string | undefined
}

/**
 * Replaces global fetch with a scripted one: each call takes the next response from `responses`
 * (or from `route` when given) and is recorded for assertions.
 */
export function stubFetch(route: (call: RecordedCall) => Response | Promise<Response>) {
  const calls: RecordedCall[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: RecordedCall = {
      method: init?.method ?? 'GET',
      url: String(input),
      headers: { ...(init?.headers as Record<string, string>) },
      body: typeof init?.body === 'string' ? init.body : undefined,
    }
    calls.push(call)
    return route(call)
  })
  vi.stubGlobal('fetch', fetchMock)
  return { calls, fetchMock }
}

export function clearCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`
  }
}
