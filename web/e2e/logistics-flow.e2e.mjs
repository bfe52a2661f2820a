#!/usr/bin/env node
// Browser flow of the «Логистика» screens: with stock received through the API, a logistics clerk plans a shipment
// of a repaired device in the UI (the empty form refused beside its fields first), dispatches it from its card, finds
// it on the board and in the day's delivery plan, opens the plan's PDF (200, application/pdf), reports it delivered,
// reads the figures, exports the board (XLSX and CSV, the CSV parsed here) and opens a swap for the request from the
// swap pool. Every logistics page is shot on a desk and on a phone, and a phone page wider than the screen fails the
// flow. Run with plain node against a running platform:
//
//   DOZOR_BASE_URL=http://localhost:8080 DOZOR_USER=admin DOZOR_PASSWORD=... \
//   DOZOR_SCREENSHOT_DIR=target/e2e node e2e/logistics-flow.e2e.mjs
//
// Exits 0 and prints SHIPMENT_ID=, SHIPMENT_NUMBER=, TRACKING=, ITEM_ID=, WAREHOUSE_ID=, SWAP_SERIAL=, XLSX_PATH=,
// CSV_PATH= on success (the functional test checks them through the API and parses the XLSX); exits 1 with the
// failed step otherwise. The user must be allowed to plan shipments (ADMIN, LOGISTICS or WAREHOUSE).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { DESKTOP, PHONE, STEP_TIMEOUT_MS, expectText, launch, sel, startFlow, textOf, watch } from './support.mjs'

const { baseUrl, username, password, screenshotDir, chromiumPath, flow, suffix, api, shot, logIn } = startFlow()
const TRACKING = `CDEK-E2E-${suffix}`
const SWAP_SERIAL = `SW-${suffix}`

async function setUp() {
  flow.step = 'set-up through the API: warehouses, items, stock and a request'
  const warehouse = async (code, name, kind) => (await api('POST', '/api/v1/stock/warehouses', { code, name, kind })).id
  const wh = await warehouse(`LG${suffix}`, `Центральный склад ${suffix}`, 'CENTRAL')
  const pool = await warehouse(`SP${suffix}`, `Подменный фонд ${suffix}`, 'SWAP_POOL')
  const repair = await warehouse(`RL${suffix}`, `Ремонтный участок ${suffix}`, 'REPAIR_LINE')
  const item = (await api('POST', '/api/v1/stock/items', {
    sku: `LOG-${suffix}`, name: `Видеорегистратор «Дозор-8» ${suffix}`, category: 'EQUIPMENT', unit: 'PCS',
  })).id
  const unit = (await api('POST', '/api/v1/stock/items', {
    sku: `SWP-${suffix}`, name: `Регистратор Hikvision ${suffix}`, category: 'EQUIPMENT', unit: 'PCS', serialTracked: true,
  })).id
  await api('POST', '/api/v1/stock/movements', { kind: 'RECEIPT', itemId: item, warehouseId: wh, quantity: 5, unitCost: 420 })
  await api('POST', '/api/v1/stock/movements', { kind: 'RECEIPT', itemId: unit, warehouseId: pool, quantity: 1, unitCost: 900, serial: SWAP_SERIAL })
  const request = await api('POST', '/api/v1/requests', {
    customerName: `ООО «Вектор ${suffix}»`,
    unp: '200988541',
    contactPhone: '8 (029) 123-45-67',
    deviceModel: 'Hikvision DS-7608NI-K2',
    serialNumber: `LOG-${suffix}`,
    problemDescription: 'Не пишет архив, нужен ремонт',
    priority: 'P3',
    category: 'CONSULTATION',
  })
  return { wh, pool, repair, item, unit, request }
}

const browser = await launch(chromium, chromiumPath, ['--lang=ru-RU'])
let exitCode = 0
let page
try {
  const data = await setUp()
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU', acceptDownloads: true })
  page = await context.newPage()
  watch(page, flow, STEP_TIMEOUT_MS)
  await logIn(page)

  flow.step = 'open «Логистика» from the header'
  await page.locator(sel('nav-logistics')).click()
  await page.locator(sel('logistics-shipments')).waitFor()
  const heading = await textOf(page.locator('h1'))
  if (heading !== 'Отгрузки') throw new Error(`the logistics page is headed "${heading}"`)

  flow.step = 'the empty planning form is refused beside its fields'
  await page.locator(sel('new-shipment')).click()
  const form = page.locator(sel('shipment-form'))
  await form.waitFor()
  await form.locator(sel('sh-submit')).click()
  await form.locator(sel('error-sh-kind')).waitFor()
  await form.locator(sel('error-sh-carrier')).waitFor()
  await form.locator(sel('error-sh-item-0')).waitFor()

  flow.step = 'plan a shipment of the repaired device'
  await form.locator(sel('sh-kind')).selectOption('REPAIRED_DEVICE')
  await form.locator(`${sel('sh-request')} option[value="${data.request.id}"]`).waitFor({ state: 'attached' })
  await form.locator(sel('sh-request')).selectOption(data.request.id)
  await form.locator(sel('sh-from')).selectOption(data.wh)
  await form.locator(sel('sh-address')).fill('г. Минск, ул. Притыцкого, 29, офис 12')
  await form.locator(sel('sh-recipient')).fill(`ООО «Вектор ${suffix}»`)
  await form.locator(sel('sh-phone')).fill('+375291234567')
  await form.locator(sel('sh-carrier')).selectOption('CDEK')
  await form.locator(sel('sh-route')).fill('Минск — Восток')
  await form.locator(sel('sh-item')).selectOption(data.item)
  await form.locator(sel('sh-qty')).fill('2')
  await shot(page, 'logistics-new.png')
  await form.locator(sel('sh-submit')).click()
  await page.locator(sel('logistics-shipment')).waitFor()
  const notice = await expectText(page.locator(sel('logistics-notice')), /^Отгрузка \S+ запланирована$/, 'the planning notice')
  const shipmentId = page.url().split('/').pop().split('?')[0]
  const number = notice.split(' ')[1]

  flow.step = 'dispatch it from its card with the tracking number'
  await page.locator(sel('dispatch-tracking')).fill(TRACKING)
  await page.locator(sel('act-dispatch')).click()
  await expectText(page.locator(sel('logistics-notice')), /товар списан со склада/, 'the dispatch notice')
  await expectText(page.locator(sel('shipment-status')), /^Отправлена$/, 'the status')
  await expectText(page.locator(sel('shipment-tracking')), new RegExp(`^${TRACKING}$`), 'the tracking number')

  flow.step = 'find it on the board by its tracking number'
  await page.locator(sel('nav-logistics')).click()
  await page.locator(sel('logistics-shipments')).waitFor()
  await page.locator(sel('filter-q')).fill(TRACKING.toLowerCase())
  await page.locator(`${sel('group-DISPATCHED')} ${sel(`shipment-${number}`)}`).waitFor()
  await expectText(page.locator(sel('shipments-count')), /^1 отгрузка$/, 'the board count')
  await shot(page, 'logistics-board-filtered.png')

  flow.step = 'export the board (filtered) as XLSX and CSV'
  const paths = {}
  for (const format of ['xlsx', 'csv']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(sel(`export-${format}`)).click()])
    const name = download.suggestedFilename()
    if (!name.startsWith('otgruzki-') || !name.endsWith(`.${format}`)) throw new Error(`the ${format} download is named ${name}`)
    paths[format] = join(screenshotDir, `logistics-shipments.${format}`)
    await download.saveAs(paths[format])
  }
  const csv = readFileSync(paths.csv, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(';'))
  if (csv[0][0] !== 'Номер' || csv[0][5] !== 'Трек-номер') throw new Error(`the CSV header is ${csv[0].join(';')}`)
  if (csv.length !== 2 || csv[1][0] !== number || csv[1][5] !== TRACKING || csv[1][2] !== 'Отправлена') {
    throw new Error(`the CSV rows are ${JSON.stringify(csv.slice(1))}`)
  }
  if (readFileSync(paths.xlsx).subarray(0, 2).toString() !== 'PK') throw new Error('the XLSX download is no zip')

  flow.step = 'the day plan shows it under its carrier and route'
  await page.locator(sel('filter-reset')).click()
  await page.locator(sel(`shipment-${number}`)).waitFor()
  await shot(page, 'logistics-board.png')
  await page.locator(sel('tab-logistics-plan')).click()
  await page.locator(`${sel('plan-group-CDEK')} ${sel(`plan-${number}`)}`).waitFor()
  await expectText(page.locator(sel('plan-group-CDEK')), /Минск — Восток/, 'the plan group')
  await expectText(page.locator(sel('plan-total')), /^Всего: 1 отгрузка$/, 'the plan total')
  await shot(page, 'logistics-plan.png')

  flow.step = 'the «Печать» link opens the PDF'
  const href = await page.locator(sel('plan-print')).getAttribute('href')
  const pdf = await context.request.get(new URL(href, baseUrl).toString())
  if (pdf.status() !== 200) throw new Error(`the print link answered ${pdf.status()}`)
  if (!(pdf.headers()['content-type'] ?? '').startsWith('application/pdf')) throw new Error(`the print link sent ${pdf.headers()['content-type']}`)
  if ((await pdf.body()).subarray(0, 5).toString() !== '%PDF-') throw new Error('the print link sent no PDF')

  flow.step = 'report it delivered on its card'
  await page.locator(sel(`plan-${number}`)).locator('a').click()
  await page.locator(sel('logistics-shipment')).waitFor()
  await page.locator(sel('status-note')).fill('Получил директор')
  await page.locator(sel('act-status-DELIVERED')).click()
  await expectText(page.locator(sel('logistics-notice')), /^Статус изменён: Доставлена$/, 'the delivery notice')
  await page.locator(sel('history-DELIVERED')).waitFor()
  await shot(page, 'logistics-shipment.png')

  flow.step = 'the figures count the delivery'
  await page.goto(`${baseUrl}/logistics/figures`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('period-7')).click()
  await page.locator(sel('figure-mean')).waitFor()
  await expectText(page.locator(sel('figures-basis')), /по 1 доставленной отгрузке/, 'the figures basis')
  await expectText(page.locator(sel('figure-returns')), /0\s%/, 'the share of returns')
  await shot(page, 'logistics-figures.png')

  flow.step = 'open a swap for the request'
  await page.locator(sel('tab-logistics-swaps')).click()
  await page.locator(sel('logistics-swaps')).waitFor()
  await page.locator(sel('open-swap')).click()
  const swap = page.locator(sel('swap-form'))
  await swap.locator(sel('sw-submit')).click()
  await swap.locator(sel('error-sw-request')).waitFor()
  await swap.locator(`${sel('sw-request')} option[value="${data.request.id}"]`).waitFor({ state: 'attached' })
  await swap.locator(sel('sw-request')).selectOption(data.request.id)
  await swap.locator(sel('sw-swap-item')).selectOption(data.unit)
  await swap.locator(sel('sw-swap-serial')).fill(SWAP_SERIAL)
  await swap.locator(sel('sw-pool')).selectOption(data.pool)
  await swap.locator(sel('sw-customer-item')).selectOption(data.unit)
  await swap.locator(sel('sw-customer-serial')).fill(`CU-${suffix}`)
  await swap.locator(sel('sw-repair')).selectOption(data.repair)
  await swap.locator(sel('sw-address')).fill('г. Минск, ул. Притыцкого, 29, офис 12')
  await swap.locator(sel('sw-carrier')).selectOption('OWN_COURIER')
  await shot(page, 'logistics-swap-form.png')
  await swap.locator(sel('sw-submit')).click()
  await expectText(page.locator(sel('logistics-notice')), /^Подмена открыта/, 'the swap notice')
  await expectText(page.locator(`${sel(`swap-${SWAP_SERIAL}`)} ${sel('cell-days-out')}`), /^0 дней$/, 'days out')
  await shot(page, 'logistics-swaps.png')

  flow.step = 'every logistics page on a phone'
  const phone = await browser.newContext({
    viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU',
    storageState: await context.storageState(),
  })
  try {
    const p = await phone.newPage()
    watch(p, flow, STEP_TIMEOUT_MS)
    for (const [path, marker, name] of [
      ['/logistics', `shipment-${number}`, 'logistics-board-phone.png'],
      [`/logistics/shipments/${shipmentId}`, 'history-DELIVERED', 'logistics-shipment-phone.png'],
      ['/logistics/plan', `plan-${number}`, 'logistics-plan-phone.png'],
      ['/logistics/swaps', `swap-${SWAP_SERIAL}`, 'logistics-swaps-phone.png'],
      ['/logistics/figures', 'figure-mean', 'logistics-figures-phone.png'],
      ['/logistics/new', 'shipment-form', 'logistics-new-phone.png'],
    ]) {
      flow.step = `phone: ${path}`
      await p.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
      await p.locator(sel(marker)).first().waitFor()
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 1) throw new Error(`${path} is ${overflow}px wider than the phone screen`)
      await shot(p, name)
    }
    // A planned shipment's card shows the dispatch actions.
    const planned = (await api('GET', `/api/v1/logistics/shipments?status=PLANNED&limit=500`)).find((s) => s.kind === 'SWAP_REPLACEMENT')
    flow.step = 'phone: a planned shipment card'
    await p.goto(`${baseUrl}/logistics/shipments/${planned.id}`, { waitUntil: 'domcontentloaded' })
    await p.locator(sel('act-dispatch')).waitFor()
    await shot(p, 'logistics-planned-phone.png')
  } finally {
    await phone.close()
  }

  // ── Appended steps: a refusal, a cancellation, a re-shipment and the swap's return, all in the browser ──────────
  // Helpers for these steps only; the set-up the screens do not cover goes through the API.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Minsk' }).format(new Date())
  const planThroughApi = async (quantity, extra = {}) => (await api('POST', '/api/v1/logistics/shipments', {
    kind: 'REPAIRED_DEVICE', requestId: data.request.id, fromWarehouseId: data.wh, carrier: 'BELPOCHTA',
    address: 'г. Минск, ул. Притыцкого, 29, офис 12', recipient: `ООО «Вектор ${suffix}»`, recipientPhone: '+375291234567',
    plannedDate: today, lines: [{ itemId: data.item, quantity }], ...extra,
  }))
  const openCard = async (id) => {
    await page.goto(`${baseUrl}/logistics/shipments/${id}`, { waitUntil: 'domcontentloaded' })
    await page.locator(sel('shipment-status')).waitFor()
  }
  const dispatchOnCard = async () => {
    await page.locator(sel('act-dispatch')).click()
    await expectText(page.locator(sel('logistics-notice')), /^Отгрузка отправлена/, 'the dispatch notice')
  }
  const reportOnCard = async (status, label, note) => {
    if (note) await page.locator(sel('status-note')).fill(note)
    await page.locator(sel(`act-status-${status}`)).click()
    await expectText(page.locator(sel('logistics-notice')), new RegExp(`^Статус изменён: ${label}$`), `the ${status} notice`)
  }
  const receiveOnCard = async () => {
    await page.locator(sel('act-receive')).click()
    await expectText(page.locator(sel('logistics-notice')), /^Отгрузка принята на склад$/, 'the receipt notice')
  }

  flow.step = 'a dispatch the stock cannot cover is refused on the card, in Russian'
  const tooMuch = await planThroughApi(50)
  await openCard(tooMuch.id)
  await page.locator(sel('act-dispatch')).click()
  await expectText(page.locator(sel('action-error')),
    /^Не хватает на складе: Видеорегистратор «Дозор-8» \S+ — доступно 3 шт, нужно 50 шт\. Отгрузка не отправлена, со склада ничего не списано\.$/,
    'the refusal')
  await expectText(page.locator(sel('shipment-status')), /^Запланирована$/, 'the status after the refusal')
  if (await page.locator(sel('logistics-notice')).count()) throw new Error('a refused dispatch shows a success notice')
  await shot(page, 'logistics-refusal.png')

  flow.step = 'cancel a planned shipment: asked first, the reason kept'
  const toCancel = await planThroughApi(1)
  await openCard(toCancel.id)
  await page.locator(sel('act-cancel')).click()
  await expectText(page.locator(sel('cancel-confirm')), new RegExp(`Отменить отгрузку ${toCancel.number}\\?`), 'the question')
  await page.locator(sel('cancel-no')).click()
  await expectText(page.locator(sel('shipment-status')), /^Запланирована$/, 'the status kept')
  await page.locator(sel('act-cancel')).click()
  await page.locator(sel('cancel-reason')).fill('Клиент перенёс заказ')
  await shot(page, 'logistics-cancel-confirm.png')
  await page.locator(sel('cancel-yes')).click()
  await expectText(page.locator(sel('logistics-notice')), /^Статус изменён: Отменена$/, 'the cancel notice')
  await expectText(page.locator(sel('shipment-status')), /^Отменена$/, 'the cancelled status')
  await expectText(page.locator(sel('history-CANCELLED')), /Клиент перенёс заказ/, 'the cancellation in the history')
  if (await page.locator(sel('act-dispatch')).count()) throw new Error('a cancelled shipment still offers dispatch')

  flow.step = 'a dispatched shipment offers no cancellation'
  const returned = await planThroughApi(1, { carrier: 'EVROPOCHTA' })
  await api('POST', `/api/v1/logistics/shipments/${returned.id}/dispatch`, {})
  await openCard(returned.id)
  await page.locator(sel('act-status-RETURNED')).waitFor()
  if (await page.locator(sel('act-cancel')).count()) throw new Error('a dispatched shipment offers «Отменить»')

  flow.step = 'the carrier brings a shipment back: reported returned and received into the warehouse'
  await reportOnCard('RETURNED', 'Возвращена', 'Адресат не забрал')
  await receiveOnCard()

  flow.step = 'ship it again from its card'
  await page.locator(sel('act-reship')).click()
  const reshipForm = page.locator(sel('shipment-form'))
  await reshipForm.waitFor()
  await expectText(page.locator(sel('shipment-form')), new RegExp(`Повторная отправка ${returned.number}`), 'the re-shipment form')
  await reshipForm.locator(sel('sh-submit')).click()
  await page.locator(sel('logistics-shipment')).waitFor()
  await expectText(page.locator(sel('logistics-notice')), /^Отгрузка \S+ запланирована$/, 'the re-shipment notice')
  const reshipId = page.url().split('/').pop().split('?')[0]
  await expectText(page.locator(sel('replaces-link')), new RegExp(`^Повторная отправка отгрузки ${returned.number}$`), 'the link to the returned one')
  await dispatchOnCard()
  await reportOnCard('DELIVERED', 'Доставлена')
  await shot(page, 'logistics-reshipment.png')

  flow.step = 'the returned shipment links to its re-shipment and offers no second one'
  await page.locator(sel('replaces-link')).click()
  await expectText(page.locator(sel('shipment-status')), /^Возвращена$/, 'the returned status')
  if (await page.locator(sel('logistics-notice')).count()) throw new Error('the re-shipment\'s notice stayed on the returned shipment\'s card')
  await expectText(page.locator(sel('reshipment-link')), /^Отправлена повторно: отгрузка \S+$/, 'the link to the re-shipment')
  if (await page.locator(sel('act-reship')).count()) throw new Error('a shipment already shipped again offers another re-shipment')
  await shot(page, 'logistics-returned.png')

  flow.step = 'the changed card on a phone: the link to the re-shipment, the cancel question'
  const phoneAgain = await browser.newContext({
    viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU',
    storageState: await context.storageState(),
  })
  try {
    const p = await phoneAgain.newPage()
    watch(p, flow, STEP_TIMEOUT_MS)
    const fits = async (what) => {
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 1) throw new Error(`${what} is ${overflow}px wider than the phone screen`)
    }
    await p.goto(`${baseUrl}/logistics/shipments/${returned.id}`, { waitUntil: 'domcontentloaded' })
    await p.locator(sel('reshipment-link')).waitFor()
    await fits('the returned shipment card')
    await shot(p, 'logistics-returned-phone.png')
    await p.goto(`${baseUrl}/logistics/shipments/${tooMuch.id}`, { waitUntil: 'domcontentloaded' })
    await p.locator(sel('act-cancel')).click()
    await p.locator(sel('cancel-confirm')).waitFor()
    await fits('the cancel question')
    await shot(p, 'logistics-cancel-phone.png')
    await p.locator(sel('cancel-no')).click()
  } finally {
    await phoneAgain.close()
  }

  flow.step = 'the figures count the re-shipment'
  await page.goto(`${baseUrl}/logistics/figures`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('period-7')).click()
  await expectText(page.locator(sel('figure-reshipments')), /50\s%.*1 из 2/, 'the share of re-shipments')

  flow.step = 'the swap goes out: the swap unit dispatched and delivered, the customer\'s unit picked up and received'
  const swapRow = (await api('GET', '/api/v1/logistics/swaps')).find((s) => s.swapSerial === SWAP_SERIAL)
  await openCard(swapRow.replacementShipmentId)
  await dispatchOnCard()
  await reportOnCard('DELIVERED', 'Доставлена')
  await openCard(swapRow.pickupShipmentId)
  await dispatchOnCard()
  await receiveOnCard()

  flow.step = 'the swap: send the repaired unit back'
  await page.goto(`${baseUrl}/logistics/swaps`, { waitUntil: 'domcontentloaded' })
  const row = page.locator(sel(`swap-${SWAP_SERIAL}`))
  await expectText(row, /аппарат клиента принят/, 'the swap stage')
  await row.locator(sel('swap-send-back')).click()
  const back = page.locator(sel('send-back-form'))
  await back.locator(sel('sb-carrier')).selectOption('OWN_COURIER')
  await back.locator(sel('sb-submit')).click()
  await expectText(page.locator(sel('logistics-notice')), /^Запланирован обратный обмен$/, 'the send-back notice')
  await expectText(row, /обратный обмен запланирован/, 'the swap stage')

  flow.step = 'both units back: the repaired one dispatched, the swap unit received into the pool, the swap closed'
  const sentBack = (await api('GET', '/api/v1/logistics/swaps')).find((s) => s.swapSerial === SWAP_SERIAL)
  await openCard(sentBack.repairedShipmentId)
  await dispatchOnCard()
  await openCard(sentBack.poolReturnShipmentId)
  await dispatchOnCard()
  await receiveOnCard()
  await page.goto(`${baseUrl}/logistics/swaps`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('logistics-swaps')).waitFor()
  await page.locator(sel(`swap-${SWAP_SERIAL}`)).waitFor({ state: 'detached' })

  console.log(`REFUSED_ID=${tooMuch.id}`)
  console.log(`CANCELLED_ID=${toCancel.id}`)
  console.log(`RETURNED_ID=${returned.id}`)
  console.log(`RESHIP_ID=${reshipId}`)
  console.log(`SWAP_ID=${swapRow.id}`)
  console.log(`SWAP_ITEM_ID=${data.unit}`)
  console.log(`POOL_ID=${data.pool}`)
  console.log(`REPAIR_ID=${data.repair}`)
  console.log(`CUSTOMER_SERIAL=CU-${suffix}`)

  console.log(`Logistics flow: ${number} (${TRACKING}) planned, dispatched, on the board and in the plan, printed, delivered; swap ${SWAP_SERIAL} opened`)
  console.log(`SHIPMENT_ID=${shipmentId}`)
  console.log(`SHIPMENT_NUMBER=${number}`)
  console.log(`TRACKING=${TRACKING}`)
  console.log(`ITEM_ID=${data.item}`)
  console.log(`WAREHOUSE_ID=${data.wh}`)
  console.log(`SWAP_SERIAL=${SWAP_SERIAL}`)
  console.log(`XLSX_PATH=${paths.xlsx}`)
  console.log(`CSV_PATH=${paths.csv}`)
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
