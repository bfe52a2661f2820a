// What every browser flow in this folder shares: its settings from the environment, failing loudly, the
// data-test selectors, a last-resort time limit and the page's console errors. Each flow is run with plain node
// against a running platform (see its header) and by the JUnit tests in local/.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'

export const sel = (name) => `[data-test="${name}"]`

export function fail(message, cause) {
  console.error(`E2E FAILED: ${message}`)
  if (cause) console.error(cause instanceof Error ? cause.stack ?? cause.message : String(cause))
  process.exit(1)
}

export function env(name, fallback) {
  const value = process.env[name] ?? fallback
  if (value === undefined || value === '') fail(`environment variable ${name} is not set`)
  return value
}

/** DOZOR_BASE_URL, DOZOR_USER, DOZOR_PASSWORD, DOZOR_SCREENSHOT_DIR (created) and CHROMIUM_PATH. */
export function settings() {
  const screenshotDir = resolve(env('DOZOR_SCREENSHOT_DIR', 'target/e2e-screenshots'))
  mkdirSync(screenshotDir, { recursive: true })
  return {
    baseUrl: env('DOZOR_BASE_URL').replace(/\/+$/, ''),
    username: env('DOZOR_USER'),
    password: env('DOZOR_PASSWORD'),
    screenshotDir,
    chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  }
}

/**
 * The flow's progress: the step it is at (named in every failure) and the browser console's errors. A last-resort
 * guard fails the flow after {@code overallTimeoutMs}, should the browser hang past Playwright's own timeouts.
 */
export function progress(overallTimeoutMs) {
  const state = { step: 'start', consoleErrors: [] }
  const guard = setTimeout(() => fail(`timed out after ${overallTimeoutMs / 1000} s at step "${state.step}"`),
    overallTimeoutMs)
  guard.unref()
  return state
}

/** Gives the page the step timeout and collects its console errors into {@code state}. */
export function watch(page, state, stepTimeoutMs) {
  page.setDefaultTimeout(stepTimeoutMs)
  page.on('console', (message) => {
    if (message.type() === 'error') state.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => state.consoleErrors.push(`page error: ${error.message}`))
}

/** Debian's Chromium, headless, without the background traffic a test does not want. */
export async function launch(chromium, chromiumPath, extraArgs = []) {
  try {
    return await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', ...extraArgs, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
  } catch (error) {
    return fail(`cannot start Chromium at ${chromiumPath} (set CHROMIUM_PATH)`, error)
  }
}
