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
