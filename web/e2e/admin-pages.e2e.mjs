#!/usr/bin/env node
// Browser check of the pages executives and administrators use: the live figures (desktop and phone), the SLA
// policy, a business calendar, the routing rules, the priority rules and the user's notification settings, each
// changed, saved and read back after a reload, and one server-side validation message shown beside its field.
// Run with plain node against a running platform:
//
//   DOZOR_BASE_URL=http://localhost:8080 DOZOR_USER=admin DOZOR_PASSWORD=... \
//   DOZOR_SCREENSHOT_DIR=target/e2e node e2e/admin-pages.e2e.mjs
//
// Exits 0 and prints POLICY_WARN_PERCENT=, CALENDAR_ID=, HOLIDAY_DATE=, ROUTING_DESCRIPTION= on success (the
// functional test checks them through the API); exits 1 with the failed step and a failure screenshot otherwise.
// The user must be an administrator.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes, randomInt } from 'node:crypto'
import { chromium } from 'playwright-core'
import { launch, progress, sel, settings, watch } from './support.mjs'

const { baseUrl, username, password, screenshotDir, chromiumPath } = settings()
const STEP_TIMEOUT_MS = 15_000
const OVERALL_TIMEOUT_MS = 240_000
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

rmSync(join(screenshotDir, 'failure.png'), { force: true })

const suffix = randomBytes(3).toString('hex')

const flow = progress(OVERALL_TIMEOUT_MS)

async function shot(page, name) {
  // From the top: a full-page shot of a scrolled page paints the sticky header mid-page. The settings' save bar
  // sticks to the bottom of the window, which a full-page shot would paint over the middle of the form: for the
  // shot it stays where it ends up once the user has scrolled down.
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.addStyleTag({ content: '.save-bar { position: static !important; }' })
  await page.screenshot({ path: join(screenshotDir, name), fullPage: true })
}

const textOf = async (locator) => ((await locator.first().textContent()) ?? '').trim()

async function logIn(page) {
  flow.step = 'log in'
  await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('login-form')).waitFor()
  await page.locator(sel('login-username')).fill(username)
  await page.locator(sel('login-password')).fill(password)
  await page.locator(sel('login-submit')).click()
  await page.locator(sel('request-list')).waitFor()
}

/** Clicks save and waits for the outcome; a failure message fails the step. */
async function saveAndWait(page) {
  await page.locator(sel('settings-save')).click()
  await Promise.race([
    page.locator(sel('save-done')).waitFor(),
    page
      .locator(sel('save-failure'))
      .waitFor()
      .then(async () => {
        throw new Error(`saving failed: ${await textOf(page.locator(sel('save-failure')))}`)
      }),
  ])
}

async function figures(page) {
  flow.step = 'open the figures from the header'
  await page.locator(sel('nav-figures')).click()
  await page.locator(sel('figures-page')).waitFor()
  await page.locator(sel('figures-updated')).waitFor()
  const heading = await textOf(page.locator('h1'))
  if (heading !== 'Показатели') throw new Error(`the page is headed "${heading}", expected "Показатели"`)

  flow.step = 'see the figures as numbers'
  const duplicates = await textOf(page.locator(`${sel('kpi-duplicates')} ${sel('kpi-value')}`))
  if (!/^\d+([,.]\d+)? %$/.test(duplicates)) throw new Error(`the duplicate rate reads "${duplicates}"`)
  // A fresh installation may have nothing closed or answered yet: then the card says so instead of a number.
  const values = await page.locator(sel('kpi-value')).allTextContents()
  const cards = await page.locator('.kpi').evaluateAll((all) => all.map((card) => card.textContent ?? ''))
  for (const [i, value] of values.entries()) {
    if (!/\d/.test(value) && !/ни одна не закрыта|ответов нет|не отправлялись|ответили/.test(cards[i])) {
      throw new Error(`figure ${i + 1} shows neither a number nor why: ${cards[i]}`)
    }
  }
  const rows = await page.locator(sel('figures-row')).count()
  const unavailable = await page.locator(sel('figures-sla-unavailable')).count()
  if (rows === 0 && unavailable === 0 && !(await page.getByText('За период нет завершённых заявок').count())) {
    throw new Error('neither processing times nor a reason for their absence')
  }

  flow.step = 'switch the period to 7 days and back'
  await page.locator(sel('figures-period-7')).click()
  await page.locator(`${sel('figures-period-7')}[aria-pressed="true"]`).waitFor()
  await page.locator(sel('figures-period-30')).click()
  await page.locator(`${sel('figures-period-30')}[aria-pressed="true"]`).waitFor()
  await shot(page, 'figures.png')
  console.log(`Figures: ${values.map((v) => v.trim()).join(' | ')}; ${rows} rows of processing times`)
}

async function figuresOnPhone(browser, context) {
  flow.step = 'open the figures on a phone'
  const phone = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'ru-RU',
    storageState: await context.storageState(),
  })
  try {
    const page = await phone.newPage()
    watch(page, flow, STEP_TIMEOUT_MS)
    await page.goto(`${baseUrl}/figures`, { waitUntil: 'domcontentloaded' })
    await page.locator(sel('figures-updated')).waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    if (overflow > 1) throw new Error(`the figures page is ${overflow}px wider than the phone screen`)
    await page.screenshot({ path: join(screenshotDir, 'figures-phone.png') })
    await shot(page, 'figures-phone-full.png')
    await page.goto(`${baseUrl}/settings/sla`, { waitUntil: 'domcontentloaded' })
    await page.locator(sel('policy-warn-percent')).waitFor()
    await shot(page, 'sla-policy-phone.png')
  } finally {
    await phone.close()
  }
}

async function slaPolicy(page) {
  flow.step = 'open the SLA policy from the user menu in the header'
  await page.locator(sel('user-menu')).click()
  await page.locator(sel('nav-settings')).click()
  const warn = page.locator(sel('policy-warn-percent'))
  await warn.waitFor()
  const before = await warn.inputValue()

  flow.step = 'refuse a warning share beyond 99 %'
  await warn.fill('150')
  await page.locator(sel('settings-save')).click()
  await page.locator(sel('error-warnPercent')).waitFor()

  flow.step = 'change the warning share and save'
  const next = before === '75' ? '80' : '75'
  await warn.fill(next)
  await saveAndWait(page)
  await shot(page, 'sla-policy.png')

  flow.step = 'reload: the policy keeps the new share'
  await page.reload({ waitUntil: 'domcontentloaded' })
  await warn.waitFor()
  const after = await warn.inputValue()
  if (after !== next) throw new Error(`after a reload the warning share is ${after} %, expected ${next} %`)
  return next
}

async function calendar(page) {
  flow.step = 'open the business calendars'
  await page.locator(sel('tab-settings-calendars')).click()
  await page.locator(sel('calendar-days')).waitFor()
  const id = await page.locator(sel('calendar-pick')).inputValue()

  flow.step = 'add a holiday and save'
  const date = `2031-${String(randomInt(1, 13)).padStart(2, '0')}-${String(randomInt(1, 29)).padStart(2, '0')}`
  await page.locator(sel('calendar-add-day')).click()
  const row = page.locator(sel('calendar-day')).last()
  await row.locator(sel('day-date')).fill(date)
  await row.locator(sel('day-kind')).selectOption('HOLIDAY')
  await row.locator(sel('day-name')).fill(`Проверочный праздник ${suffix}`)
  await saveAndWait(page)
  await shot(page, 'calendars.png')

  flow.step = 'reload: the holiday is in the calendar'
  await page.reload({ waitUntil: 'domcontentloaded' })
  await page.locator(sel('calendar-days')).waitFor()
  const dates = await page.locator(sel('day-date')).evaluateAll((inputs) => inputs.map((i) => i.value))
  if (!dates.includes(date)) throw new Error(`after a reload ${date} is not among ${dates.join(', ')}`)
  return { id, date }
}

async function routing(page) {
  flow.step = 'open the routing rules'
  await page.locator(sel('tab-settings-routing')).click()
  const description = page.locator(sel('routing-description')).first()
  await description.waitFor()

  flow.step = 'edit the first rule\'s description and save'
  const original = (await description.inputValue()).replace(/ \(проверка [0-9a-f]+\)$/, '')
  const edited = `${original} (проверка ${suffix})`
  await description.fill(edited)
  await saveAndWait(page)
  await shot(page, 'routing-rules.png')

  flow.step = 'reload: the rule keeps its new description'
  await page.reload({ waitUntil: 'domcontentloaded' })
  await description.waitFor()
  const after = await description.inputValue()
  if (after !== edited) throw new Error(`after a reload the description is "${after}"`)
  return edited
}

async function priorityRules(page) {
  flow.step = 'open the priority rules'
  await page.locator(sel('tab-settings-priority')).click()
  await page.locator(sel('priority-rule')).first().waitFor()
  await shot(page, 'priority-rules.png')
}

async function notificationSettings(page) {
  flow.step = 'open the notification settings from the bell'
  await page.locator(sel('notification-bell')).click()
  await page.locator(sel('notification-settings')).click()
  await page.locator(sel('notification-matrix')).waitFor()

  flow.step = 'a wrong e-mail address is refused by the server, the message stands beside the field'
  const email = page.locator(sel('address-email'))
  await email.fill('не адрес')
  await page.locator(sel('settings-save')).click()
  const message = page.locator(sel('error-address-email'))
  await message.waitFor()
  if (!(await textOf(message))) throw new Error('the e-mail field shows an empty message')
  // What the user sees: the field with its message, not a full page under the sticky save bar.
  await message.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(screenshotDir, 'notifications-error.png') })

  flow.step = 'turn a channel on or off and save with a good address'
  const cell = page.locator(sel('pref-SLA_BREACHED-EMAIL'))
  const was = await cell.isChecked()
  await cell.setChecked(!was)
  await email.fill('admin.check@dozor.by')
  await saveAndWait(page)
  await shot(page, 'notification-settings.png')

  flow.step = 'reload: the choice is kept'
  await page.reload({ waitUntil: 'domcontentloaded' })
  await cell.waitFor()
  if ((await cell.isChecked()) === was) throw new Error('after a reload the e-mail choice for breaches is unchanged')
  if ((await email.inputValue()) !== 'admin.check@dozor.by') throw new Error('after a reload the e-mail address is lost')
  return !was
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
  await figures(page)
  await figuresOnPhone(browser, context)
  const warnPercent = await slaPolicy(page)
  const day = await calendar(page)
  const description = await routing(page)
  await priorityRules(page)
  const emailOnBreach = await notificationSettings(page)

  console.log(`Screenshots: ${screenshotDir}`)
  console.log(`POLICY_WARN_PERCENT=${warnPercent}`)
  console.log(`CALENDAR_ID=${day.id}`)
  console.log(`HOLIDAY_DATE=${day.date}`)
  console.log(`ROUTING_DESCRIPTION=${description}`)
  console.log(`EMAIL_ON_BREACH=${emailOnBreach}`)
} catch (error) {
  exitCode = 1
  const failureShot = join(screenshotDir, 'failure.png')
  await page?.screenshot({ path: failureShot, fullPage: true }).catch(() => undefined)
  console.error(`E2E FAILED at step "${flow.step}": ${error instanceof Error ? error.message : String(error)}`)
  console.error(`  page: ${page?.url()}`)
  console.error(`  screenshot: ${failureShot}`)
  if (flow.consoleErrors.length > 0) console.error(`  browser console errors:\n    ${flow.consoleErrors.join('\n    ')}`)
} finally {
  await browser.close().catch(() => undefined)
}
process.exit(exitCode)
