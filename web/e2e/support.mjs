// What every browser flow in this folder shares: its settings from the environment, failing loudly, the
// data-test selectors, a last-resort time limit and the page's console errors. Each flow is run with plain node
// against a running platform (see its header) and by the JUnit tests in local/.
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

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

export const DESKTOP = { width: 1280, height: 800 }
export const PHONE = { width: 390, height: 844 }
export const STEP_TIMEOUT_MS = 15_000

/** A locator's first text, its white space collapsed. */
export const textOf = async (locator) => ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ').trim()

/** Waits up to {@code timeoutMs} for the locator's text to match, and answers it; throws naming {@code what}. */
export async function expectText(locator, pattern, what, timeoutMs = 5_000) {
  await locator.first().waitFor({ timeout: Math.max(timeoutMs, STEP_TIMEOUT_MS) })
  const deadline = Date.now() + timeoutMs
  let text = await textOf(locator)
  while (!pattern.test(text) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150))
    text = await textOf(locator)
  }
  if (!pattern.test(text)) throw new Error(`${what} reads "${text}", expected ${pattern}`)
  return text
}

/** The API as the given user with Basic credentials (the set-up and checks the screens do not cover). */
export function apiAs(baseUrl, username, password) {
  return async function api(method, path, body) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`)
    return text ? JSON.parse(text) : null
  }
}

/**
 * The opening every flow shares: its {@link settings}, the previous failure shot removed, its {@link progress}, a
 * random suffix for the names it creates, and helpers bound to the user: {@code api} (Basic credentials),
 * {@code shot} (a full page into the screenshot folder, from the top) and {@code logIn} (through the login form,
 * as the flow's user unless told otherwise).
 */
export function startFlow(overallTimeoutMs = 300_000) {
  const config = settings()
  rmSync(join(config.screenshotDir, 'failure.png'), { force: true })
  const flow = progress(overallTimeoutMs)
  async function shot(page, name) {
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: join(config.screenshotDir, name), fullPage: true })
  }
  async function logIn(page, user = config.username, secret = config.password) {
    flow.step = `log in as ${user}`
    await page.goto(`${config.baseUrl}/login`, { waitUntil: 'domcontentloaded' })
    await page.locator(sel('login-form')).waitFor()
    await page.locator(sel('login-username')).fill(user)
    await page.locator(sel('login-password')).fill(secret)
    await page.locator(sel('login-submit')).click()
    await page.locator(sel('request-list')).waitFor()
  }
  return {
    ...config,
    flow,
    suffix: randomBytes(3).toString('hex').toUpperCase(),
    api: apiAs(config.baseUrl, config.username, config.password),
    shot,
    logIn,
  }
}
