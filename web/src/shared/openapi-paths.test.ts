// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// openapi-paths.json lists every "METHOD path" the clients call; the Java side checks each entry
// against the server's OpenAPI document. This test keeps the list and the code in step.
const root = fileURLToPath(new URL('../..', import.meta.url))
const src = join(root, 'src')
const listed: string[] = JSON.parse(readFileSync(join(root, 'openapi-paths.json'), 'utf8'))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) && !/\.test\.ts$/.test(name) && name !== 'test-support.ts' ? [path] : []
  })
}

const files = sourceFiles(src).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }))
// download() and href() are GETs too (a file through the session, a link the browser follows).
const CLIENT_CALL = /\bhttp\.(get|post|put|patch|delete|download|href)\s*(?:<[^(]*?>)?\s*\(\s*(['"`])([^'"`]+)\2/g
const RAW_SEND = /\bsend\s*(?:<[^(]*?>)?\s*\(\s*'(GET|POST|PUT|PATCH|DELETE)'\s*,\s*(['"`])([^'"`]+)\2/g

function httpMethod(call: string): string {
  return call === 'download' || call === 'href' ? 'GET' : call.toUpperCase()
}

function usedPaths(): Map<string, string[]> {
  const used = new Map<string, string[]>()
  const add = (key: string, file: string) => used.set(key, [...(used.get(key) ?? []), file])
  for (const { path, text } of files) {
    for (const m of text.matchAll(CLIENT_CALL)) add(`${httpMethod(m[1]!)} ${m[3]}`, path)
    for (const m of text.matchAll(RAW_SEND)) add(`${m[1]} ${m[3]}`, path)
  }
  return used
}

describe('openapi-paths.json', () => {
  const used = usedPaths()

  it('lists every path the client code calls', () => {
    expect(used.size).toBeGreaterThan(0)
    const missing = [...used.keys()].filter((key) => !listed.includes(key))
    expect(missing, 'add these to web/openapi-paths.json').toEqual([])
  })

  it('lists nothing the client no longer calls', () => {
    expect(listed.filter((key) => !used.has(key)), 'remove these from web/openapi-paths.json').toEqual([])
  })

  it('is sorted, unique and well-formed', () => {
    expect(listed).toEqual([...new Set(listed)].sort())
    for (const entry of listed) expect(entry).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/api\/(public\/)?v1\/[\w/{}.-]+$/)
  })

  it('keeps every API call inside the typed clients', () => {
    const allowed = (path: string) => path === 'src/shared/http.ts' || /^src\/features\/[^/]+\/api\.ts$/.test(path)
    const offenders = files
      .filter(({ path, text }) => !allowed(path) && (/\bfetch\s*\(/.test(text) || /\bhttp\.(get|post|put|patch|delete|download|href)\b/.test(text) || /['"`]\/api\//.test(text)))
      .map(({ path }) => path)
    expect(offenders, 'HTTP belongs in features/<feature>/api.ts').toEqual([])
  })
})
