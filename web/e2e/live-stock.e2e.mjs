#!/usr/bin/env node
// Browser flow of live stock: a stock keeper sets an item's reorder point on the item card above what is available
// (a bad value first, refused beside the field), sees the low-stock alert appear on «Онлайн» once the streams have
// the new threshold (the row highlighted, coverage in weeks), runs «Сверка» and sees no differences, and refreshes
// the ABC classes from the analytics (the outcome, or the notice that the analytics are unavailable). The «Онлайн»
// page is also shot with the streams answering 503 (the answer replaced in the browser), to see the notice. Every
// new page is shot on a desk and on a phone, and a phone page wider than the screen fails the flow. Run with plain
// node against a running platform (the whole platform, so the streams run):
//
//   DOZOR_BASE_URL=http://localhost:8080 DOZOR_USER=admin DOZOR_PASSWORD=... \
//   DOZOR_SCREENSHOT_DIR=target/e2e node e2e/live-stock.e2e.mjs
//
// Exits 0 and prints ITEM_ID=, WAREHOUSE_ID=, ABC_OUTCOME= on success (the functional test checks them through the
// API); exits 1 with the failed step otherwise. The user must keep stock and reconcile (ADMIN or WAREHOUSE).
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { DESKTOP, PHONE, STEP_TIMEOUT_MS, expectText, launch, sel, startFlow, textOf, watch } from './support.mjs'

const { baseUrl, username, password, screenshotDir, chromiumPath, flow, suffix, api, shot, logIn } = startFlow()
const STREAMS_TIMEOUT_MS = 90_000
const SKU = `LIVE-${suffix}`
const CODE = `L${suffix}`

const browser = await launch(chromium, chromiumPath, ['--lang=ru-RU'])
let exitCode = 0
let page
try {
  flow.step = 'set up a warehouse and an item with 5 received and 1 written off'
  const warehouse = await api('POST', '/api/v1/stock/warehouses', { code: CODE, name: `Склад Брест ${suffix}`, kind: 'REGIONAL' })
  const item = await api('POST', '/api/v1/stock/items', {
    sku: SKU, name: `Видеорегистратор 8 каналов ${suffix}`, category: 'EQUIPMENT', unit: 'PCS', serialTracked: false,
  })
  await api('POST', '/api/v1/stock/movements', { kind: 'RECEIPT', itemId: item.id, warehouseId: warehouse.id, quantity: 5, unitCost: 310 })
  await api('POST', '/api/v1/stock/movements', {
    kind: 'WRITE_OFF', itemId: item.id, warehouseId: warehouse.id, quantity: 1, reason: 'Брак при приёмке',
  })

  const context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU' })
  page = await context.newPage()
  watch(page, flow, STEP_TIMEOUT_MS)
  await logIn(page)

  flow.step = 'a bad reorder point is refused beside the field'
  await page.goto(`${baseUrl}/stock/items/${item.id}`, { waitUntil: 'domcontentloaded' })
  const point = page.locator(sel(`reorder-${CODE}`))
  await expectText(point.locator(sel('reorder-current')), /^не задана$/, 'the reorder point before')
  await point.locator(sel('reorder-input')).fill('-1')
  await point.locator(sel('reorder-save')).click()
  await expectText(point.locator(sel('reorder-error')), /^Введите число не меньше нуля$/, 'the field error')
  await page.locator(sel('item-reorder-points')).screenshot({ path: join(screenshotDir, 'stock-reorder-error.png') })

  flow.step = 'set the reorder point above available stock'
  await point.locator(sel('reorder-input')).fill('10')
  await point.locator(sel('reorder-save')).click()
  await expectText(page.locator(sel('reorder-notice')), new RegExp(`^Точка заказа для ${CODE} — 10 шт$`), 'the notice')
  await expectText(point.locator(sel('reorder-source')), /^задана вручную, admin, /, 'the source')
  if (await point.locator(sel('reorder-error')).count()) throw new Error('the field error stayed after saving')
  await shot(page, 'stock-item-reorder.png')

  flow.step = 'the low-stock alert appears on «Онлайн»'
  await page.locator(sel('nav-stock')).click()
  await page.locator(sel('tab-stock-live')).click()
  await page.locator(sel('stock-live')).waitFor()
  const heading = await textOf(page.locator('h1'))
  if (heading !== 'Онлайн') throw new Error(`the live page is headed "${heading}"`)
  // The tab asks the streams again every 12 s by itself; the threshold travels ledger → outbox → Kafka → streams.
  const alert = await expectText(page.locator(sel(`alert-${SKU}`)), /доступно 4 шт при точке заказа 10 шт/, 'the alert',
    STREAMS_TIMEOUT_MS)
  const row = page.locator(sel(`live-${SKU}-${CODE}`))
  if (!(await row.getAttribute('class'))?.includes('low')) throw new Error('the live row is not highlighted')
  await expectText(row.locator(sel('live-available')), /^4$/, 'live available')
  await expectText(row.locator(sel('live-point')), /^10$/, 'live reorder point')
  // 1 written off in 28 days: 0,25 a week, 4 available last 16 weeks.
  const coverage = await expectText(row.locator(sel('live-coverage')), /^≈ 16 нед\.$/, 'the coverage')
  await shot(page, 'stock-live.png')

  flow.step = 'reconcile the ledger with the live stock: no differences'
  await page.locator(sel('tab-stock-reconciliation')).click()
  await page.locator(sel('stock-reconciliation')).waitFor()
  let verdict = ''
  const deadline = Date.now() + 60_000
  do {
    await page.locator(sel('reconcile-run')).click()
    verdict = await expectText(page.locator(sel('reconcile-verdict')), /\S/, 'the verdict')
    await page.locator(`${sel('reconcile-run')}:not([disabled])`).waitFor()
    verdict = await textOf(page.locator(sel('reconcile-verdict')))
    if (verdict === 'Расхождений нет') break
    await new Promise((r) => setTimeout(r, 3_000))
  } while (Date.now() < deadline)
  if (verdict !== 'Расхождений нет') throw new Error(`the reconciliation says "${verdict}"`)
  const checked = await expectText(page.locator(sel('reconcile-checked')), /^Проверено: \d[\d\s]* строк(а|и)? · \d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d$/, 'rows checked')
  await expectText(page.locator(`${sel('reconcile-run-row')} ${sel('run-differences')}`), /^0$/, 'the newest run')
  await shot(page, 'stock-reconciliation.png')

  flow.step = 'refresh the ABC classes from the analytics'
  await page.locator(sel('tab-stock-balances')).click()
  await page.locator(sel('abc-apply')).click()
  const abc = await expectText(page.locator(sel('abc-outcome')),
    /^Классы ABC обновлены\. Проанализировано: \d[\d\s]* позици(я|и|й), изменено: \d+, оставлено как задано вручную: \d+\.|^Аналитика сейчас недоступна/,
    'the ABC outcome', 30_000)
  await shot(page, 'stock-abc.png')

  flow.step = '«Онлайн» when the streams answer 503'
  await page.route('**/api/v1/stock/live**', (route) => route.fulfill({
    status: 503, contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'https://dozor.by/problems/unavailable', title: 'Сервис недоступен', status: 503 }),
  }))
  await page.locator(sel('tab-stock-live')).click()
  await expectText(page.locator(sel('live-unavailable')), /^Онлайн-остатки сейчас недоступны/, 'the 503 notice')
  await shot(page, 'stock-live-unavailable.png')
  await page.unroute('**/api/v1/stock/live**')

  flow.step = 'the new pages on a phone'
  const phone = await browser.newContext({
    viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU',
    storageState: await context.storageState(),
  })
  try {
    const p = await phone.newPage()
    watch(p, flow, STEP_TIMEOUT_MS)
    for (const [path, marker, name] of [
      ['/stock/live', `alert-${SKU}`, 'stock-live-phone.png'],
      ['/stock/reconciliation', 'reconcile-runs', 'stock-reconciliation-phone.png'],
      [`/stock/items/${item.id}`, `reorder-${CODE}`, 'stock-item-reorder-phone.png'],
    ]) {
      flow.step = `phone: ${path}`
      await p.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
      await p.locator(sel(marker)).first().waitFor()
      if (path === '/stock/reconciliation') {
        await p.locator(sel('reconcile-run')).click()
        await p.locator(sel('reconcile-verdict')).waitFor()
      }
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 1) throw new Error(`${path} is ${overflow}px wider than the phone screen`)
      await shot(p, name)
    }
    flow.step = 'phone: the reorder point section'
    await p.locator(sel('item-reorder-points')).screenshot({ path: join(screenshotDir, 'stock-reorder-phone.png') })
  } finally {
    await phone.close()
  }

  console.log(`Live stock flow: ${SKU} in ${CODE}, reorder point 10 over 4 available; alert "${alert}"; coverage ${coverage}; ${checked}, ${verdict}; ${abc}`)
  console.log(`ITEM_ID=${item.id}`)
  console.log(`WAREHOUSE_ID=${warehouse.id}`)
  console.log(`ABC_OUTCOME=${abc}`)
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
