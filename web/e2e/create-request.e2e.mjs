#!/usr/bin/env node
// Browser check of the main dispatcher flow: log in, register a request, see its card with a live
// SLA, find it in the list. Run with plain node against a running platform:
//
//   DOZOR_BASE_URL=http://localhost:8080 DOZOR_USER=admin DOZOR_PASSWORD=... \
//   DOZOR_SCREENSHOT_DIR=target/e2e node e2e/create-request.e2e.mjs
//
// Exits 0 and prints "REQUEST_NUMBER=<number>" on success; exits 1 with the failed step otherwise.
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { chromium } from 'playwright-core'
import { launch, progress, sel, settings, watch } from './support.mjs'

const { baseUrl, username, password, screenshotDir, chromiumPath } = settings()
const STEP_TIMEOUT_MS = 15_000
const SLA_WAIT_MS = 10_000
const OVERALL_TIMEOUT_MS = 120_000

const suffix = randomBytes(4).toString('hex')
const sample = {
  customerName: `ООО «Проверка E2E ${suffix}»`,
  unp: '200988541',
  contactPhone: '+375 29 123-45-67',
  deviceModel: 'Hikvision DS-7608NI-K2',
  serialNumber: `SN-E2E-${suffix}`.toUpperCase(),
  problemDescription: 'Не пишет архив с камер 2 и 5 после отключения питания.',
  priority: 'P2',
}

const flow = progress(OVERALL_TIMEOUT_MS)

async function run(page) {
  const shot = async (name) => {
    // From the top: a full-page shot of a scrolled page paints the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: join(screenshotDir, name), fullPage: true })
  }
  const text = async (name) => ((await page.locator(sel(name)).first().textContent()) ?? '').trim()

  flow.step = 'open the base URL and land on the login form'
  await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('login-form')).waitFor()

  flow.step = 'check that the UI is in Russian by default'
  const submitText = await text('login-submit')
  if (submitText !== 'Войти') throw new Error(`login button reads "${submitText}", expected "Войти"`)
  const lang = await page.evaluate(() => document.documentElement.lang)
  if (lang !== 'ru') throw new Error(`<html lang> is "${lang}", expected "ru"`)
  await shot('login.png')

  flow.step = 'log in'
  await page.locator(sel('login-username')).fill(username)
  await page.locator(sel('login-password')).fill(password)
  await page.locator(sel('login-submit')).click()
  await Promise.race([
    page.locator(sel('request-list')).waitFor(),
    page
      .locator(sel('login-error'))
      .waitFor()
      .then(async () => {
        throw new Error(`login refused: ${await text('login-error')}`)
      }),
  ])
  const shownName = await text('user-name')
  if (!shownName) throw new Error('the header does not show the user name after login')

  flow.step = 'open the create form'
  await page.locator(sel('new-request')).click()
  await page.locator(sel('request-form')).waitFor()

  flow.step = 'fill the create form'
  for (const field of ['customerName', 'unp', 'contactPhone', 'deviceModel', 'serialNumber', 'problemDescription']) {
    await page.locator(sel(`input-${field}`)).fill(sample[field])
  }
  await page.locator(sel('input-priority')).selectOption(sample.priority)
  await shot('request-form.png')

  flow.step = 'submit the form and see the card'
  await page.locator(sel('submit-request')).click()
  await Promise.race([
    page.locator(sel('request-card')).waitFor(),
    page
      .locator(sel('form-error'))
      .waitFor()
      .then(async () => {
        const fieldErrors = await page.locator('[data-test^="error-"]').allTextContents()
        throw new Error(`the server refused the request: ${await text('form-error')} ${fieldErrors.join('; ')}`)
      }),
  ])
  const number = await text('card-number')
  if (!number) throw new Error('the card shows no request number')
  const cardCustomer = await text('card-customer')
  if (cardCustomer !== sample.customerName) {
    throw new Error(`the card shows customer "${cardCustomer}", expected "${sample.customerName}"`)
  }

  flow.step = `wait up to ${SLA_WAIT_MS / 1000} s for the SLA to leave PENDING`
  const slaState = page.locator(`${sel('sla-block')}`)
  try {
    await page.waitForFunction(
      (selector) => {
        const state = document.querySelector(selector)?.getAttribute('data-sla-state')
        return state && state !== 'PENDING'
      },
      sel('sla-block'),
      { timeout: SLA_WAIT_MS },
    )
  } catch {
    throw new Error(`SLA state is still ${await slaState.getAttribute('data-sla-state')} after ${SLA_WAIT_MS / 1000} s`)
  }
  const state = await slaState.getAttribute('data-sla-state')
  const dueAt = await text('sla-due-at')
  if (!/\d{2}\.\d{2}\.\d{4}/.test(dueAt)) {
    throw new Error(`SLA state is ${state} but no due time is shown (got "${dueAt}")`)
  }
  const countdown = await page.locator(sel('sla-countdown')).first().getAttribute('data-sla-text')
  await shot('request-card.png')

  flow.step = 'go back to the list and find the new request'
  await page.locator(sel('back-to-list')).click()
  await page.locator(sel('request-list')).waitFor()
  const row = page.locator(`${sel('request-row')}[data-request-number="${number}"]`)
  try {
    await row.waitFor({ timeout: STEP_TIMEOUT_MS })
  } catch {
    const numbers = await page.locator(sel('request-number')).allTextContents()
    throw new Error(`request ${number} is not in the list; first page shows: ${numbers.map((n) => n.trim()).join(', ')}`)
  }
  const rowCustomer = ((await row.locator(sel('request-customer')).textContent()) ?? '').trim()
  if (rowCustomer !== sample.customerName) {
    throw new Error(`list row of ${number} shows customer "${rowCustomer}", expected "${sample.customerName}"`)
  }
  await shot('request-list.png')

  return { number, state, dueAt, countdown }
}

const browser = await launch(chromium, chromiumPath)

let exitCode = 0
try {
  // A fresh context with an English browser: the app must still open in Russian on its own.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
  const page = await context.newPage()
  watch(page, flow, STEP_TIMEOUT_MS)

  try {
    const result = await run(page)
    console.log(`Created request ${result.number}: SLA ${result.state}, due ${result.dueAt}, ${result.countdown}`)
    console.log(`Screenshots: ${screenshotDir}`)
    console.log(`REQUEST_NUMBER=${result.number}`)
  } catch (error) {
    exitCode = 1
    const failureShot = join(screenshotDir, 'failure.png')
    await page.screenshot({ path: failureShot, fullPage: true }).catch(() => undefined)
    console.error(`E2E FAILED at step "${flow.step}": ${error instanceof Error ? error.message : String(error)}`)
    console.error(`  page: ${page.url()}`)
    console.error(`  screenshot: ${failureShot}`)
    // 401 on /api/v1/me before login is expected; anything else may explain the failure.
    if (flow.consoleErrors.length > 0) console.error(`  browser console errors:\n    ${flow.consoleErrors.join('\n    ')}`)
  }
} catch (error) {
  exitCode = 1
  console.error(`E2E FAILED: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await browser.close().catch(() => undefined)
}
process.exit(exitCode)
