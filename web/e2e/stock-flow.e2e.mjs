#!/usr/bin/env node
// Browser flow of the «Склад» screens: a stock keeper creates two warehouses and an item, receives stock, sees the
// balance, issues to a task, reserves and issues the reservation, transfers and receives, counts with a difference
// and posts, sees a count refused because the stock moved (409), reads the movements on the item card and exports
// the balances (XLSX and CSV downloads, the CSV parsed here). Every stock page is shot on a desk and on a phone,
// and a phone page wider than the screen fails the flow. Run with plain node against a running platform:
//
//   DOZOR_BASE_URL=http://localhost:8080 DOZOR_USER=admin DOZOR_PASSWORD=... \
//   DOZOR_SCREENSHOT_DIR=target/e2e node e2e/stock-flow.e2e.mjs
//
// Exits 0 and prints ITEM_ID=, ITEM_SKU=, WAREHOUSE_A=, WAREHOUSE_B=, XLSX_PATH=, CSV_PATH= on success (the
// functional test checks them through the API and parses the XLSX); exits 1 with the failed step otherwise.
// The user must keep stock (ADMIN or WAREHOUSE).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { DESKTOP, PHONE, STEP_TIMEOUT_MS, expectText, launch, sel, startFlow, textOf, watch } from './support.mjs'

const { baseUrl, username, password, screenshotDir, chromiumPath, flow, suffix, api, shot, logIn } = startFlow()
const SKU = `E2E-${suffix}`
const CODE_A = `A${suffix}`
const CODE_B = `B${suffix}`

async function createWarehouse(page, code, name, kind) {
  flow.step = `create warehouse ${code}`
  await page.locator(sel('tab-stock-warehouses')).click()
  await page.locator(sel('new-warehouse')).click()
  const dialog = page.locator(sel('new-warehouse-dialog'))
  await dialog.locator(sel('wh-submit')).click()
  await dialog.locator(sel('error-wh-code')).waitFor()
  await dialog.locator(sel('wh-code')).fill(code)
  await dialog.locator(sel('wh-name')).fill(name)
  await dialog.locator(sel('wh-kind')).selectOption(kind)
  await dialog.locator(sel('wh-submit')).click()
  await page.locator(sel(`warehouse-${code}`)).waitFor()
}

async function openTask() {
  flow.step = 'register a request whose task the stock is issued to'
  const request = await api('POST', '/api/v1/requests', {
    customerName: `ООО «Склад ${suffix}»`,
    unp: '200988541',
    contactPhone: '8 (029) 123-45-67',
    deviceModel: 'Hikvision DS-7608NI-K2',
    serialNumber: `STOCK-${suffix}`,
    problemDescription: 'Нужна замена жёсткого диска',
    priority: 'P3',
    category: 'CONSULTATION',
  })
  await api('POST', `/api/v1/requests/${request.id}/transitions`, { action: 'TRIAGE' })
  const tasks = await api('GET', `/api/v1/requests/${request.id}/tasks`)
  if (!tasks.length) throw new Error('the triaged request has no task')
  return tasks[0].id
}

/** Opens an action dialog on the item card, fills it and submits; returns the notice shown. */
async function act(page, button, fill, expected) {
  flow.step = `item card: ${button}`
  await page.locator(sel(button)).click()
  const dialog = page.locator('[role="dialog"]')
  await dialog.waitFor()
  await fill(dialog)
  await dialog.locator(sel('act-submit')).click()
  await dialog.waitFor({ state: 'detached' })
  return expectText(page.locator(sel('stock-notice')), expected, `the notice after "${button}"`)
}

async function balanceOnCard(page, code) {
  return textOf(page.locator(`${sel(`item-balance-${code}`)} ${sel('cell-on-hand')}`))
}

async function pickTask(dialog, taskId) {
  await dialog.locator(`${sel('act-task')} option[value="${taskId}"]`).waitFor({ state: 'attached' })
  await dialog.locator(sel('act-task')).selectOption(taskId)
}

const browser = await launch(chromium, chromiumPath, ['--lang=ru-RU'])
let exitCode = 0
let page
try {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU', acceptDownloads: true })
  page = await context.newPage()
  watch(page, flow, STEP_TIMEOUT_MS)
  await logIn(page)

  flow.step = 'open «Склад» from the header'
  await page.locator(sel('nav-stock')).click()
  await page.locator(sel('stock-balances')).waitFor()
  const heading = await textOf(page.locator('h1'))
  if (heading !== 'Остатки') throw new Error(`the stock page is headed "${heading}"`)

  await createWarehouse(page, CODE_A, `Центральный склад ${suffix}`, 'CENTRAL')
  await createWarehouse(page, CODE_B, `Склад Гомель ${suffix}`, 'REGIONAL')
  const warehouses = await api('GET', '/api/v1/stock/warehouses')
  const idOf = (code) => warehouses.find((w) => w.code === code).id
  const [whA, whB] = [idOf(CODE_A), idOf(CODE_B)]

  flow.step = 'create an item'
  await page.locator(sel('tab-stock-balances')).click()
  await page.locator(sel('new-item')).click()
  const itemDialog = page.locator(sel('new-item-dialog'))
  await itemDialog.locator(sel('item-submit')).click()
  await itemDialog.locator(sel('error-item-sku')).waitFor()
  await itemDialog.locator(sel('item-sku')).fill(SKU)
  await itemDialog.locator(sel('item-name')).fill(`Жёсткий диск 2 ТБ ${suffix}`)
  await itemDialog.locator(sel('item-category')).selectOption('SPARE_PART')
  await itemDialog.locator(sel('item-abc')).selectOption('A')
  await page.screenshot({ path: join(screenshotDir, 'stock-new-item.png') })
  await itemDialog.locator(sel('item-submit')).click()
  await page.locator(sel('stock-item')).waitFor()
  const itemId = page.url().split('/').pop().split('?')[0]

  flow.step = 'a receipt without a warehouse is refused beside the field'
  await page.locator(sel('act-receipt')).click()
  const receipt = page.locator(sel('stock-dialog-receipt'))
  await receipt.locator(sel('act-quantity')).fill('10')
  await receipt.locator(sel('act-submit')).click()
  await receipt.locator(sel('error-act-warehouse')).waitFor()
  await receipt.locator(sel('act-warehouse')).selectOption(whA)
  await receipt.locator(sel('act-cost')).fill('125,50')
  await page.screenshot({ path: join(screenshotDir, 'stock-receipt-dialog.png') })
  await receipt.locator(sel('act-submit')).click()
  await receipt.waitFor({ state: 'detached' })
  await expectText(page.locator(sel('stock-notice')), /на складе теперь 10 шт/, 'the receipt notice')
  await expectText(page.locator(`${sel(`item-balance-${CODE_A}`)} ${sel('cell-on-hand')}`), /^10 шт$/, 'the balance')

  flow.step = 'the balance is in the stock list'
  await page.goto(`${baseUrl}/stock`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('filter-q')).fill(SKU.toLowerCase())
  await expectText(page.locator(`${sel(`balance-${SKU}`)} ${sel('cell-on-hand')}`), /^10 шт$/, 'the list balance')
  await page.locator(`${sel(`balance-${SKU}`)} a`).click()
  await page.locator(sel('stock-item')).waitFor()

  const taskId = await openTask()
  await act(page, 'act-issue', async (d) => {
    await d.locator(sel('act-warehouse')).selectOption(whA)
    await pickTask(d, taskId)
    await d.locator(sel('act-quantity')).fill('2')
  }, /на складе осталось 8 шт/)

  await act(page, 'act-reserve', async (d) => {
    await d.locator(sel('act-warehouse')).selectOption(whA)
    await pickTask(d, taskId)
    await d.locator(sel('act-quantity')).fill('3')
  }, /Зарезервировано: 3 шт$/)
  await expectText(page.locator(`${sel(`item-balance-${CODE_A}`)} ${sel('cell-reserved')}`), /^3$/, 'reserved')

  flow.step = 'issue the reservation'
  await page.locator(sel('reservation-issue')).click()
  await expectText(page.locator(sel('stock-notice')), /Резерв выдан/, 'the issue notice')
  await expectText(page.locator(`${sel(`item-balance-${CODE_A}`)} ${sel('cell-on-hand')}`), /^5 шт$/, 'after issuing the reservation')

  flow.step = 'a write-off needs a reason'
  await page.locator(sel('act-writeoff')).click()
  const writeOff = page.locator(sel('stock-dialog-writeOff'))
  await writeOff.locator(sel('act-warehouse')).selectOption(whA)
  await writeOff.locator(sel('act-quantity')).fill('1')
  await writeOff.locator(sel('act-submit')).click()
  await writeOff.locator(sel('error-act-reason')).waitFor()
  await writeOff.locator(sel('act-reason')).fill('Повреждён при транспортировке')
  await writeOff.locator(sel('act-submit')).click()
  await expectText(page.locator(sel('stock-notice')), /на складе осталось 4 шт/, 'the write-off notice')

  flow.step = 'more than available cannot be transferred'
  await page.locator(sel('act-transfer')).click()
  const transfer = page.locator(sel('stock-dialog-transfer'))
  await transfer.locator(sel('act-warehouse')).selectOption(whA)
  await transfer.locator(sel('act-to')).selectOption(whB)
  await transfer.locator(sel('act-quantity')).fill('40')
  await transfer.locator(sel('act-submit')).click()
  const refusal = await expectText(transfer.locator('[role="alert"]'), /\S/, 'the refusal of too much')
  await page.screenshot({ path: join(screenshotDir, 'stock-transfer-refused.png') })
  await transfer.locator(sel('act-quantity')).fill('2')
  await transfer.locator(sel('act-submit')).click()
  await transfer.waitFor({ state: 'detached' })
  await expectText(page.locator(sel('stock-notice')), /товар в пути/, 'the transfer notice')
  await expectText(page.locator(sel('item-transfer')), new RegExp(`^2 шт: ${CODE_A} .* → ${CODE_B} `), 'in transit to B')

  flow.step = 'receive the transfer'
  await page.goto(`${baseUrl}/stock/transfers`, { waitUntil: 'domcontentloaded' })
  const row = page.locator(sel(`transfer-${SKU}`))
  await row.waitFor()
  await shot(page, 'stock-transfers.png')
  await row.locator(sel('transfer-receive')).click()
  await expectText(page.locator(sel('stock-notice')), /Перемещение принято/, 'the receive notice')
  await row.waitFor({ state: 'detached' })

  flow.step = 'count warehouse A with a difference and post'
  await page.locator(sel('tab-stock-counts')).click()
  await page.locator(sel('count-warehouse')).selectOption(whA)
  await page.locator(sel('count-note')).fill('Плановая')
  await page.locator(sel('count-open')).click()
  const line = page.locator(sel(`count-line-${SKU}`))
  await line.waitFor()
  await line.locator(sel('count-input')).fill('1')
  await expectText(line.locator(sel('count-difference')), /^−1$|^-1$/, 'the difference')
  await shot(page, 'stock-count-sheet.png')
  await page.locator(sel('count-post')).click()
  await expectText(page.locator(sel('count-status')), /Проведена/, 'the sheet status')

  flow.step = 'a count whose stock moved is refused (409) and says so'
  await page.locator(sel('tab-stock-counts')).click()
  await page.locator(sel('count-warehouse')).selectOption(whB)
  await page.locator(sel('count-open')).click()
  const lineB = page.locator(sel(`count-line-${SKU}`))
  await lineB.waitFor()
  await lineB.locator(sel('count-input')).fill('2')
  await page.locator(sel('count-save')).click()
  await expectText(page.locator(sel('stock-notice')), /Подсчёт сохранён/, 'the save notice')
  await api('POST', '/api/v1/stock/movements', { kind: 'RECEIPT', itemId, warehouseId: whB, quantity: 1, unitCost: 125.5 })
  await page.locator(sel('count-post')).click()
  const moved = await expectText(page.locator(sel('count-moved')), /Остатки изменились после открытия листа/, 'the 409')
  if (!moved.includes(SKU) && !moved.includes('Жёсткий диск')) throw new Error(`the refusal names no item: ${moved}`)
  await shot(page, 'stock-count-refused.png')
  await page.locator(sel('count-cancel')).click()
  await expectText(page.locator(sel('count-status')), /Отменена/, 'the cancelled sheet')
  await page.locator(sel('tab-stock-counts')).click()
  await page.locator(sel('count-row')).first().waitFor()
  await shot(page, 'stock-counts.png')

  flow.step = 'a reservation beyond what is available raises a demand'
  await page.goto(`${baseUrl}/stock/items/${itemId}`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('stock-item')).waitFor()
  await act(page, 'act-reserve', async (d) => {
    await d.locator(sel('act-warehouse')).selectOption(whB)
    await pickTask(d, taskId)
    await d.locator(sel('act-quantity')).fill('5')
  }, /Зарезервировано: 3 шт, не хватает 2 шт/)

  flow.step = 'the movements on the item card, in Russian'
  const kinds = await page.locator(`${sel('item-movements')} ${sel('movement-kind')}`).allTextContents()
  for (const kind of ['Приход', 'Выдача в работу', 'Списание', 'Отправлено перемещением', 'Получено перемещением', 'Недостача по инвентаризации']) {
    if (!kinds.map((k) => k.trim()).includes(kind)) throw new Error(`the journal lacks "${kind}": ${kinds.join(', ')}`)
  }
  await expectText(page.locator(`${sel(`item-balance-${CODE_A}`)} ${sel('cell-on-hand')}`), /^1 шт$/, 'A after the count')
  await expectText(page.locator(`${sel(`item-balance-${CODE_B}`)} ${sel('cell-on-hand')}`), /^3 шт$/, 'B after the receipts')
  await shot(page, 'stock-item.png')

  await page.locator(sel('nav-stock')).click()
  await page.locator(sel('stock-balances')).waitFor()
  for (const [tab, name, marker] of [
    ['stock-reservations', 'stock-reservations.png', `reservation-${SKU}`],
    ['stock-demands', 'stock-demands.png', `demand-${SKU}`],
    ['stock-warehouses', 'stock-warehouses.png', `warehouse-${CODE_A}`],
  ]) {
    flow.step = `the ${tab} list`
    await page.locator(sel(`tab-${tab}`)).click()
    await page.locator(sel(marker)).waitFor()
    await shot(page, name)
  }

  flow.step = 'export the balances (filtered) as XLSX and CSV'
  await page.locator(sel('tab-stock-balances')).click()
  await page.locator(sel('filter-q')).fill(SKU)
  await page.locator(sel(`balance-${SKU}`)).first().waitFor()
  await shot(page, 'stock-balances.png')
  const paths = {}
  for (const format of ['xlsx', 'csv']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(sel(`export-${format}`)).click()])
    const name = download.suggestedFilename()
    if (!name.startsWith('ostatki-') || !name.endsWith(`.${format}`)) throw new Error(`the ${format} download is named ${name}`)
    paths[format] = join(screenshotDir, `stock-balances.${format}`)
    await download.saveAs(paths[format])
  }
  const csv = readFileSync(paths.csv, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(';'))
  if (csv[0][0] !== 'Артикул' || csv[0][6] !== 'На складе') throw new Error(`the CSV header is ${csv[0].join(';')}`)
  const rows = csv.slice(1)
  if (rows.length !== 2 || !rows.every((r) => r[0] === SKU)) throw new Error(`the CSV rows are ${JSON.stringify(rows)}`)
  const onHand = Object.fromEntries(rows.map((r) => [r[5].split(' · ')[0], r[6]]))
  if (onHand[CODE_A] !== '1' || onHand[CODE_B] !== '3') throw new Error(`the CSV says on hand ${JSON.stringify(onHand)}`)
  const xlsx = readFileSync(paths.xlsx)
  if (xlsx.subarray(0, 2).toString() !== 'PK') throw new Error('the XLSX download is no zip')

  flow.step = 'every stock page on a phone'
  const phone = await browser.newContext({
    viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU',
    storageState: await context.storageState(),
  })
  try {
    const p = await phone.newPage()
    watch(p, flow, STEP_TIMEOUT_MS)
    const counts = await api('GET', `/api/v1/stock/counts?warehouseId=${whA}`)
    for (const [path, marker, name] of [
      ['/stock', `balance-${SKU}`, 'stock-balances-phone.png'],
      [`/stock/items/${itemId}`, 'item-movements', 'stock-item-phone.png'],
      ['/stock/warehouses', `warehouse-${CODE_A}`, 'stock-warehouses-phone.png'],
      ['/stock/transfers', 'stock-transfers', 'stock-transfers-phone.png'],
      ['/stock/reservations', `reservation-${SKU}`, 'stock-reservations-phone.png'],
      ['/stock/demands', `demand-${SKU}`, 'stock-demands-phone.png'],
      ['/stock/counts', 'count-row', 'stock-counts-phone.png'],
      [`/stock/counts/${counts[0].id}`, `count-line-${SKU}`, 'stock-count-sheet-phone.png'],
    ]) {
      flow.step = `phone: ${path}`
      await p.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
      await p.locator(sel(marker)).first().waitFor()
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 1) throw new Error(`${path} is ${overflow}px wider than the phone screen`)
      await shot(p, name)
    }
    flow.step = 'phone: the receipt dialog'
    await p.goto(`${baseUrl}/stock/items/${itemId}`, { waitUntil: 'domcontentloaded' })
    await p.locator(sel('act-receipt')).click()
    await p.locator(sel('stock-dialog-receipt')).waitFor()
    await p.screenshot({ path: join(screenshotDir, 'stock-receipt-dialog-phone.png') })
  } finally {
    await phone.close()
  }

  console.log(`Stock flow: ${SKU} received 10, issued 2, reservation of 3 issued, written off 1, 2 moved ${CODE_A} → ${CODE_B}; counted 1 of 2; refused "${refusal}"`)
  console.log(`ITEM_ID=${itemId}`)
  console.log(`ITEM_SKU=${SKU}`)
  console.log(`WAREHOUSE_A=${whA}`)
  console.log(`WAREHOUSE_B=${whB}`)
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
