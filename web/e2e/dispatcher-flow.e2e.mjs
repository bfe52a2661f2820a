#!/usr/bin/env node
// Browser check of a request's whole life in the dispatcher console: log in, register a request through the
// form, triage it, see the tasks the routing rules created, complete them from the departments' task views,
// close the request, answer the customer's survey through its one-time link (as the customer, on a phone,
// without a session) and see the answer on the card. Run with plain node against a running platform:
//
//   DOZOR_BASE_URL=http://localhost:8080 DOZOR_USER=admin DOZOR_PASSWORD=... \
//   DOZOR_SCREENSHOT_DIR=target/e2e node e2e/dispatcher-flow.e2e.mjs
//
// Exits 0 and prints "REQUEST_ID=<uuid>" and "REQUEST_NUMBER=<number>" on success; exits 1 with the failed
// step (and a failure screenshot) otherwise. The user must be a dispatcher, manager or admin.
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { chromium } from 'playwright-core'
import { launch, progress, sel, settings, watch } from './support.mjs'

const { baseUrl, username, password, screenshotDir, chromiumPath } = settings()
const STEP_TIMEOUT_MS = 15_000
const OVERALL_TIMEOUT_MS = 240_000
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
// Safety net for the task loop: the warranty plan has four tasks.
const MAX_TASKS = 10

const suffix = randomBytes(4).toString('hex')
const sample = {
  customerName: `ООО «Сценарий ${suffix}»`,
  unp: '200988541',
  contactPhone: '+375 44 765-43-21',
  deviceModel: 'Dahua NVR4208-8P-4KS2',
  serialNumber: `SN-FLOW-${suffix}`.toUpperCase(),
  problemDescription: 'После грозы регистратор не видит жёсткий диск, архив не пишется.',
  priority: 'P2',
  category: 'WARRANTY_REPAIR',
  deviceType: 'CCTV_NVR',
}
const answer = { csat: 4, nps: 9, comment: 'Быстро починили, спасибо мастеру!' }

const flow = progress(OVERALL_TIMEOUT_MS)

async function shot(page, name) {
  // From the top: a full-page shot of a scrolled page paints the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: join(screenshotDir, name), fullPage: true })
}

const textOf = async (locator) => ((await locator.first().textContent()) ?? '').trim()

/** Waits until the card shows this status (the card re-reads itself after every action). */
async function cardStatus(page, status) {
  await page.locator(`${sel('request-card')}[data-status="${status}"]`).waitFor()
}

/** Opens a request's card straight by its id. */
async function openCard(page, id) {
  await page.goto(`${baseUrl}/requests/${id}`, { waitUntil: 'domcontentloaded' })
  await page.locator(`${sel('request-card')}[data-request-id="${id}"]`).waitFor()
}

async function logIn(page) {
  flow.step = 'open the base URL and land on the login form'
  await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('login-form')).waitFor()

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
        throw new Error(`login refused: ${await textOf(page.locator(sel('login-error')))}`)
      }),
  ])
}

async function register(page) {
  flow.step = 'see the queue with its filters'
  await page.locator(sel('queue-table')).or(page.locator(sel('list-empty'))).first().waitFor()
  const heading = await textOf(page.locator('h1'))
  if (heading !== 'Заявки') throw new Error(`the queue is headed "${heading}", expected "Заявки"`)
  await shot(page, 'queue.png')

  flow.step = 'open the create form and fill it'
  await page.locator(sel('new-request')).click()
  await page.locator(sel('request-form')).waitFor()
  for (const field of ['customerName', 'unp', 'contactPhone', 'deviceModel', 'serialNumber', 'problemDescription']) {
    await page.locator(sel(`input-${field}`)).fill(sample[field])
  }
  await page.locator(sel('input-priority')).selectOption(sample.priority)
  await page.locator(sel('input-category')).selectOption(sample.category)
  await page.locator(sel('input-deviceType')).selectOption(sample.deviceType)
  await shot(page, 'request-form.png')

  flow.step = 'submit the form and see the new card'
  await page.locator(sel('submit-request')).click()
  await Promise.race([
    page.locator(sel('request-card')).waitFor(),
    page
      .locator(sel('form-error'))
      .waitFor()
      .then(async () => {
        const fieldErrors = await page.locator('[data-test^="error-"]').allTextContents()
        throw new Error(`the server refused the request: ${await textOf(page.locator(sel('form-error')))} ${fieldErrors.join('; ')}`)
      }),
  ])
  await cardStatus(page, 'NEW')
  const card = page.locator(sel('request-card'))
  const id = await card.getAttribute('data-request-id')
  const number = await textOf(page.locator(sel('card-number')))
  if (!id || !number) throw new Error('the card shows no request id or number')
  const customer = await textOf(page.locator(sel('card-customer')))
  if (customer !== sample.customerName) throw new Error(`the card shows customer "${customer}", expected "${sample.customerName}"`)
  await page.locator(sel('tasks-empty')).waitFor()
  await shot(page, 'card-new.png')
  return { id, number }
}

async function triage(page) {
  flow.step = 'triage the request (status change)'
  await page.locator(sel('action-TRIAGE')).click()
  await cardStatus(page, 'TRIAGED')

  flow.step = 'see the tasks the routing rules created'
  const tasks = page.locator(`${sel('request-tasks')} ${sel('task')}`)
  await tasks.first().waitFor()
  const kinds = await tasks.evaluateAll((items) => items.map((item) => item.getAttribute('data-task-kind')))
  for (const kind of ['DIAGNOSE', 'REPAIR', 'SHIP']) {
    if (!kinds.includes(kind)) throw new Error(`the warranty plan should hold a ${kind} task, the card shows ${kinds.join(', ')}`)
  }
  // The timeline tells the status change in words.
  const timeline = await page.locator(sel('timeline-text')).allTextContents()
  if (!timeline.some((line) => line.includes('Новая → Принята'))) {
    throw new Error(`the timeline does not show "Новая → Принята": ${timeline.join(' | ')}`)
  }
  await shot(page, 'card-triaged.png')
  return kinds
}

/** The first task on the card that can be done now: open and not waiting on another. */
async function nextTask(page) {
  const open = page.locator(
    `${sel('request-tasks')} ${sel('task')}:is([data-task-status="OPEN"], [data-task-status="IN_PROGRESS"]):not(:has(${sel('task-blocked')}))`,
  )
  if ((await open.count()) === 0) return null
  const task = open.first()
  return {
    id: await task.getAttribute('data-task-id'),
    kind: await task.getAttribute('data-task-kind'),
    department: await task.getAttribute('data-department'),
  }
}

async function completeTasks(page, request) {
  const done = []
  for (let i = 0; i < MAX_TASKS; i++) {
    flow.step = `find the next task to do on the card (${done.length} done)`
    await openCard(page, request.id)
    await page.locator(`${sel('request-tasks')} ${sel('task')}`).first().waitFor()
    const task = await nextTask(page)
    if (!task) break

    flow.step = `open the ${task.department} queue from the header and find the ${task.kind} task`
    await page.locator(sel('nav-departments')).click()
    await page.locator(sel('department-queue')).waitFor()
    await page.locator(sel('department-pick')).selectOption(task.department)
    const row = page.locator(`${sel('task')}[data-task-id="${task.id}"]`)
    await row.waitFor()
    if (done.length === 0) await shot(page, 'department-tasks.png')

    flow.step = `complete the ${task.kind} task in the ${task.department} queue`
    await row.locator(sel('task-complete')).click()
    await page.locator(sel('complete-note')).fill('Работа выполнена, проверено')
    await page.locator(sel('complete-confirm')).click()
    // The department queue lists open tasks only: a completed one leaves it.
    await row.waitFor({ state: 'detached' })
    done.push(task.kind)
  }
  flow.step = 'check every task of the request is done'
  await openCard(page, request.id)
  const statuses = await page
    .locator(`${sel('request-tasks')} ${sel('task')}`)
    .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-task-kind')}:${item.getAttribute('data-task-status')}`))
  const unfinished = statuses.filter((s) => !s.endsWith(':DONE') && !s.endsWith(':CANCELLED'))
  if (unfinished.length > 0) throw new Error(`tasks left unfinished: ${unfinished.join(', ')} (done: ${done.join(', ')})`)
  return done
}

async function close(page) {
  flow.step = 'see the request shipped once the shipment task is done'
  await cardStatus(page, 'SHIPPED')
  await shot(page, 'card-tasks-done.png')

  flow.step = 'close the request'
  await page.locator(sel('action-CLOSE')).click()
  await page.locator(sel('reason-input')).fill('Клиент получил устройство')
  await page.locator(sel('reason-confirm')).click()
  await cardStatus(page, 'CLOSED')
}

async function surveyLink(page) {
  flow.step = 'see the survey offered on the closed card and take its link'
  await page.locator(`${sel('survey-block')}[data-survey-state="offered"]`).waitFor()
  await page.locator(sel('survey-issue')).click()
  const link = await page.locator(sel('survey-link')).inputValue()
  // The link is built from the public address the server was configured with; the path is what matters here.
  const path = new URL(link).pathname
  if (!/^\/survey\/[\w-]{16,}$/.test(path)) throw new Error(`unexpected survey link "${link}"`)
  return path
}

async function answerSurvey(browser, path, number) {
  flow.step = 'open the survey link as the customer, on a phone, without a session'
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU' })
  try {
    const page = await context.newPage()
    watch(page, flow, STEP_TIMEOUT_MS)
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
    await page.locator(sel('survey-form')).waitFor()
    const about = await textOf(page.locator(sel('survey-request')))
    if (!about.includes(number)) throw new Error(`the survey page names "${about}", expected request ${number}`)
    if ((await page.locator(sel('app-header')).count()) > 0) throw new Error('the customer sees the staff header')
    await shot(page, 'survey.png')

    flow.step = 'answer the survey'
    await page.locator(`label:has(${sel(`csat-${answer.csat}`)})`).click()
    await page.locator(`label:has(${sel(`nps-${answer.nps}`)})`).click()
    await page.locator(sel('survey-comment')).fill(answer.comment)
    await shot(page, 'survey-filled.png')
    await page.locator(sel('survey-submit')).click()
    await page.locator(sel('survey-thanks')).waitFor()
    await shot(page, 'survey-thanks.png')

    flow.step = 'open the same link again and be told it was used'
    await page.reload({ waitUntil: 'domcontentloaded' })
    await page.locator(sel('survey-gone')).waitFor()
  } finally {
    await context.close()
  }
}

async function seeAnswer(page, request) {
  flow.step = 'see the customer answer on the card'
  await openCard(page, request.id)
  await page.locator(`${sel('survey-block')}[data-survey-state="answered"]`).waitFor()
  const csat = await textOf(page.locator(sel('survey-csat')))
  const nps = await textOf(page.locator(sel('survey-nps')))
  const comment = await textOf(page.locator(`${sel('survey-answers')} ${sel('survey-comment')}`))
  if (!csat.includes(`${answer.csat}/5`) || !nps.includes(`${answer.nps}/10`) || comment !== answer.comment) {
    throw new Error(`the card shows CSAT "${csat}", NPS "${nps}", comment "${comment}"`)
  }
  await page.locator(sel('survey-block')).scrollIntoViewIfNeeded()
  await shot(page, 'card-survey-answer.png')
}

async function phoneViews(browser, context, request) {
  flow.step = 'open the queue and the card on a phone'
  const phone = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    storageState: await context.storageState(),
  })
  try {
    const page = await phone.newPage()
    watch(page, flow, STEP_TIMEOUT_MS)
    await page.goto(`${baseUrl}/requests`, { waitUntil: 'domcontentloaded' })
    await page.locator(sel('request-list')).waitFor()
    await page.locator(`${sel('request-row')}[data-request-id="${request.id}"]`).waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    if (overflow > 1) throw new Error(`the queue is ${overflow}px wider than the phone screen`)
    await page.screenshot({ path: join(screenshotDir, 'queue-phone.png') })
    await shot(page, 'queue-phone-full.png')
    await openCard(page, request.id)
    await shot(page, 'card-phone.png')
  } finally {
    await phone.close()
  }
}

async function bell(page) {
  flow.step = 'open the notifications bell'
  await page.locator(sel('notification-bell')).click()
  await page.locator(sel('notification-panel')).waitFor()
  await page.locator(`${sel('notification-item')}, ${sel('notification-empty')}, ${sel('notification-failed')}`).first().waitFor()
  const failed = await page.locator(sel('notification-failed')).count()
  if (failed > 0) throw new Error('the notifications panel could not load the feed')
  await page.screenshot({ path: join(screenshotDir, 'notifications.png') })
  await page.keyboard.press('Escape')
}

// Native controls (date pickers, the file chooser) in Russian, as on a dispatcher's machine.
const browser = await launch(chromium, chromiumPath, ['--lang=ru-RU'])

let exitCode = 0
let page
try {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU' })
  page = await context.newPage()
  watch(page, flow, STEP_TIMEOUT_MS)

  await logIn(page)
  const request = await register(page)
  const kinds = await triage(page)
  const done = await completeTasks(page, request)
  await close(page)
  const path = await surveyLink(page)
  await answerSurvey(browser, path, request.number)
  await seeAnswer(page, request)
  await bell(page)
  await phoneViews(browser, context, request)

  console.log(`Request ${request.number}: tasks ${kinds.join(', ')}; completed ${done.join(', ')}; closed; survey answered`)
  console.log(`Screenshots: ${screenshotDir}`)
  console.log(`REQUEST_ID=${request.id}`)
  console.log(`REQUEST_NUMBER=${request.number}`)
} catch (error) {
  exitCode = 1
  const failureShot = join(screenshotDir, 'failure.png')
  await page?.screenshot({ path: failureShot, fullPage: true }).catch(() => undefined)
  console.error(`E2E FAILED at step "${flow.step}": ${error instanceof Error ? error.message : String(error)}`)
  console.error(`  page: ${page?.url()}`)
  console.error(`  screenshot: ${failureShot}`)
  // 401 on /api/v1/me before login is expected; anything else may explain the failure.
  if (flow.consoleErrors.length > 0) console.error(`  browser console errors:\n    ${flow.consoleErrors.join('\n    ')}`)
} finally {
  await browser.close().catch(() => undefined)
}
process.exit(exitCode)
