#!/usr/bin/env node
// Browser flow of the «Закупки» screens. Set-up through the API (as the admin): a buyer (PROCUREMENT) and a manager
// (MANAGER) user, a warehouse, a supplier with a contract, an item it sells, and a reservation's shortfall of 5 for
// a request's task. Then in the browser: the buyer sees the plan line and its explanation, the demand by source,
// records the plan, creates a request from the plan and submits it; the manager is refused a reject without a note,
// approves (1 500 руб. is beyond procurement's threshold), orders and sends; the admin, as the warehouse, receives
// the line with one unit rejected (a reason is required first) and returns that unit. The lists are exported
// (XLSX, CSV parsed here) and every page is shot on a desk and on a phone (a page wider than the phone fails).
//
//   DOZOR_BASE_URL=http://localhost:8080 DOZOR_USER=admin DOZOR_PASSWORD=... \
//   DOZOR_SCREENSHOT_DIR=target/e2e node e2e/procurement-flow.e2e.mjs
//
// Exits 0 and prints ITEM_ID=, WAREHOUSE_ID=, SUPPLIER_ID=, REQUEST_ID=, ORDER_ID=, BUYER=, MANAGER=, XLSX_PATH=
// on success (the functional test checks them through the API); exits 1 with the failed step otherwise.
// The user must be an ADMIN (it creates the users).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { chromium } from 'playwright-core'
import { DESKTOP, PHONE, STEP_TIMEOUT_MS, expectText, launch, sel, startFlow, textOf, watch } from './support.mjs'

const { baseUrl, username, password, screenshotDir, chromiumPath, flow, suffix, api, shot, logIn } = startFlow()
const SKU = `PRC-${suffix}`
const BUYER = `buyer${suffix.toLowerCase()}`
const MANAGER = `boss${suffix.toLowerCase()}`
const USER_PASSWORD = `${password}-procurement`

/** A valid Belarusian УНП: eight digits and the check digit Σ wᵢ·dᵢ mod 11 (a remainder of 10 is not allowed). */
function unp() {
  const weights = [29, 23, 19, 17, 13, 7, 5, 3]
  for (;;) {
    const digits = [1, ...Array.from(randomBytes(7), (b) => b % 10)]
    const check = digits.reduce((sum, d, i) => sum + weights[i] * d, 0) % 11
    if (check < 10) return [...digits, check].join('')
  }
}

async function setUp() {
  flow.step = 'set up users, warehouse, supplier, item and a shortfall through the API'
  await api('POST', '/api/v1/users', { username: BUYER, displayName: 'Закупщик Ирина', password: USER_PASSWORD, roles: ['PROCUREMENT'], locale: 'ru' })
  await api('POST', '/api/v1/users', { username: MANAGER, displayName: 'Руководитель Олег', password: USER_PASSWORD, roles: ['MANAGER'], locale: 'ru' })
  const warehouse = await api('POST', '/api/v1/stock/warehouses', { code: `P${suffix}`, name: 'Склад закупок', kind: 'CENTRAL' })
  const supplier = await api('POST', '/api/v1/procurement/suppliers', {
    code: `S${suffix}`, name: `ООО «Поставка ${suffix}»`, unp: unp(), email: 'sales@postavka.by', phone: '+375 17 200-30-40',
  })
  const validFrom = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
  await api('POST', `/api/v1/procurement/suppliers/${supplier.id}/contracts`, {
    number: `Д-${suffix}`, validFrom, paymentTermsDays: 21, warrantyMonths: 12,
  })
  const item = await api('POST', '/api/v1/stock/items', {
    sku: SKU, name: 'Жёсткий диск 2 ТБ', category: 'SPARE_PART', unit: 'PCS', serialTracked: false, abcClass: 'A', supplierId: supplier.id,
  })
  await api('PUT', `/api/v1/procurement/suppliers/${supplier.id}/items/${item.id}`, {
    price: 300, currency: 'BYN', leadTimeDays: 5, minOrderQty: 1, packSize: 1,
  })
  const request = await api('POST', '/api/v1/requests', {
    customerName: `ООО «Закупка ${suffix}»`, unp: '200988541', contactPhone: '8 (029) 123-45-67',
    deviceModel: 'Hikvision DS-7608NI-K2', serialNumber: `PROC-${suffix}`, problemDescription: 'Нужна замена жёсткого диска',
    priority: 'P3', category: 'CONSULTATION',
  })
  await api('POST', `/api/v1/requests/${request.id}/transitions`, { action: 'TRIAGE' })
  const tasks = await api('GET', `/api/v1/requests/${request.id}/tasks`)
  if (!tasks.length) throw new Error('the triaged request has no task')
  const outcome = await api('POST', '/api/v1/stock/reservations', {
    taskId: tasks[0].id, warehouseId: warehouse.id, lines: [{ itemId: item.id, quantity: 5 }], awaitPurchase: true,
  })
  if (outcome.demands.length !== 1) throw new Error(`expected one shortfall, got ${JSON.stringify(outcome)}`)
  return { warehouseId: warehouse.id, supplierId: supplier.id, itemId: item.id }
}

const browser = await launch(chromium, chromiumPath)
let page
let exitCode = 0
try {
  const { warehouseId, supplierId, itemId } = await setUp()
  const desk = async () => browser.newContext({ viewport: DESKTOP, locale: 'ru-RU', acceptDownloads: true })

  // ——— the buyer ———
  const buyerContext = await desk()
  page = await buyerContext.newPage()
  watch(page, flow, STEP_TIMEOUT_MS)
  await logIn(page, BUYER, USER_PASSWORD)

  flow.step = 'the plan line and its explanation'
  await page.locator(sel('nav-procurement')).click()
  await page.locator(sel('proc-plan')).waitFor()
  await page.locator(sel('plan-warehouse')).selectOption(warehouseId)
  await page.locator(sel(`plan-line-${SKU}`)).waitFor()
  await expectText(page.locator(sel(`plan-qty-${SKU}`)), /^5 шт$/, 'the proposed quantity')
  await page.locator(sel(`plan-explain-${SKU}`)).click()
  const steps = page.locator(sel(`plan-steps-${SKU}`))
  await expectText(steps.locator(sel('step-proposal')), /5/, 'the proposal step')
  const explanation = await textOf(steps)

  flow.step = 'record the plan and ask for its accuracy'
  await page.locator(sel('plan-record')).click()
  await expectText(page.locator(sel('plan-notice')), /План зафиксирован: \d+ позици(я|и|й), к заказу \d+ позици/, 'the run notice')
  await page.locator(sel('accuracy-show')).click()
  await page.locator(`${sel('accuracy-none')}, ${sel('accuracy-overall')}`).first().waitFor()
  await shot(page, 'proc-plan.png')

  flow.step = 'the demand by source'
  await page.locator(sel('tab-proc-demand')).click()
  await page.locator(sel('demand-warehouse')).selectOption(warehouseId)
  await page.locator(sel(`demand-RESERVATION_SHORTFALL-${SKU}`)).waitFor()
  await page.locator(sel(`demand-REORDER_PLAN-${SKU}`)).waitFor()
  await shot(page, 'proc-demand.png')

  flow.step = 'create a request from the selected plan line'
  await page.locator(sel('tab-proc-plan')).click()
  await page.locator(sel('plan-warehouse')).selectOption(warehouseId)
  await page.locator(sel(`plan-pick-${SKU}`)).check()
  await expectText(page.locator(sel('plan-create-request')), /из выбранных/, 'the create button')
  await page.locator(sel('plan-create-request')).click()
  await page.locator(sel('proc-request-card')).waitFor()
  await expectText(page.locator(sel('request-notice')), /создана из плана/, 'the created notice')
  await expectText(page.locator(sel('request-status')), /^Черновик$/, 'the new request')
  await expectText(page.locator(sel('request-amount')), /^1\s500,00\sруб\.$/, 'the amount')
  const requestId = page.url().split('/procurement/requests/')[1].split('?')[0]
  await shot(page, 'proc-request-draft.png')

  flow.step = 'submit the request'
  await page.locator(sel('request-submit')).click()
  await expectText(page.locator(sel('request-status')), /^На согласовании$/, 'the submitted request')
  if (await page.locator(sel('request-approve')).count()) throw new Error('the author is offered to approve their own request')
  await page.locator(sel('request-approvers')).waitFor()
  await buyerContext.close()

  // ——— the manager ———
  const bossContext = await desk()
  page = await bossContext.newPage()
  watch(page, flow, STEP_TIMEOUT_MS)
  await logIn(page, MANAGER, USER_PASSWORD)
  flow.step = 'a rejection needs a note'
  await page.goto(`${baseUrl}/procurement/requests/${requestId}`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('request-reject')).click()
  await expectText(page.locator(sel('error-request-note')), /почему/, 'the note error')
  await shot(page, 'proc-request-submitted.png')

  flow.step = 'approve and order'
  await page.locator(sel('request-note')).fill('Согласовано, диск нужен для заявки клиента')
  await page.locator(sel('request-approve')).click()
  await expectText(page.locator(sel('request-status')), /^Согласована$/, 'the approved request')
  await page.locator(sel('request-order')).click()
  await page.locator(sel('proc-order-card')).waitFor()
  await expectText(page.locator(sel('order-status')), /^Черновик$/, 'the new order')
  const orderId = page.url().split('/procurement/orders/')[1].split('?')[0]
  await page.locator(sel('order-send')).click()
  await expectText(page.locator(sel('order-status')), /^Отправлен$/, 'the sent order')
  await shot(page, 'proc-order-sent.png')
  await bossContext.close()

  // ——— the warehouse (the admin) ———
  const context = await desk()
  page = await context.newPage()
  watch(page, flow, STEP_TIMEOUT_MS)
  await logIn(page, username, password)
  flow.step = 'receive with one unit rejected'
  await page.goto(`${baseUrl}/procurement/orders/${orderId}`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('line-receive')).click()
  const dialog = page.locator(sel('order-receive-dialog'))
  await dialog.locator(sel('rcv-accepted')).fill('4')
  await dialog.locator(sel('rcv-rejected')).fill('1')
  await dialog.locator(sel('dialog-submit')).click()
  await expectText(dialog.locator(sel('error-rcv-reason')), /причина/, 'the missing reason')
  await page.screenshot({ path: join(screenshotDir, 'proc-receive-dialog.png') })
  await dialog.locator(sel('rcv-reason')).fill('Трещина корпуса')
  await dialog.locator(sel('dialog-submit')).click()
  await expectText(page.locator(sel('order-notice')), /принято 4, забраковано 1/, 'the receipt notice')
  await expectText(page.locator(sel('order-status')), /^Получен$/, 'the received order')
  await expectText(page.locator(sel('line-rejected')), /^1$/, 'the rejected quantity')

  flow.step = 'return the rejected unit'
  await page.locator(sel('line-return')).click()
  const back = page.locator(sel('order-return-dialog'))
  await back.locator(sel('ret-quantity')).fill('1')
  await back.locator(sel('ret-reason')).fill('Брак при приёмке: трещина корпуса')
  await back.locator(sel('dialog-submit')).click()
  await page.locator(sel('order-returns')).waitFor()
  await shot(page, 'proc-order-received.png')

  flow.step = 'the lists, the supplier card and the exports'
  for (const [tab, marker, name] of [
    ['tab-proc-requests', 'requests-table', 'proc-requests.png'],
    ['tab-proc-orders', 'orders-table', 'proc-orders.png'],
    ['tab-proc-suppliers', `supplier-S${suffix}`, 'proc-suppliers.png'],
  ]) {
    if (tab === 'tab-proc-requests') {
      await page.locator(sel('nav-procurement')).click()
    }
    await page.locator(sel(tab)).click()
    await page.locator(sel(marker)).waitFor()
    await shot(page, name)
  }
  await page.locator(sel('tab-proc-requests')).click()
  await page.locator(sel('requests-table')).waitFor()
  const paths = {}
  for (const format of ['xlsx', 'csv']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(sel(`export-${format}`)).click()])
    const name = download.suggestedFilename()
    if (!name.startsWith('zayavki-na-zakupku-') || !name.endsWith(`.${format}`)) throw new Error(`the ${format} download is named ${name}`)
    paths[format] = join(screenshotDir, `proc-requests.${format}`)
    await download.saveAs(paths[format])
  }
  const csv = readFileSync(paths.csv, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(';'))
  if (csv[0][0] !== 'Номер' || csv[0][1] !== 'Состояние') throw new Error(`the CSV header is ${csv[0].join(';')}`)
  const mine = csv.find((r) => r[2] === `P${suffix} · Склад закупок`)
  if (!mine || mine[1] !== 'Заказана' || mine[4] !== '1500') throw new Error(`the CSV row of the request is ${JSON.stringify(mine)}`)

  await page.goto(`${baseUrl}/procurement/suppliers/${supplierId}`, { waitUntil: 'domcontentloaded' })
  await expectText(page.locator(sel('supplier-current-contract')), new RegExp(`№ Д-${suffix}`), 'the current contract')
  await page.locator(sel(`supplier-item-${SKU}`)).waitFor()
  await expectText(page.locator(sel('supplier-performance')), /В срок|поставок не было/, 'the performance')
  await shot(page, 'proc-supplier.png')

  flow.step = 'every procurement page on a phone'
  const phone = await browser.newContext({
    viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU',
    storageState: await context.storageState(),
  })
  try {
    const p = await phone.newPage()
    watch(p, flow, STEP_TIMEOUT_MS)
    for (const [path, marker, name, expand] of [
      [`/procurement?warehouseId=${warehouseId}`, `plan-line-${SKU}`, 'proc-plan-phone.png', `plan-explain-${SKU}`],
      ['/procurement/demand', 'demand-table', 'proc-demand-phone.png'],
      ['/procurement/requests', 'requests-table', 'proc-requests-phone.png'],
      [`/procurement/requests/${requestId}`, 'request-lines', 'proc-request-phone.png'],
      ['/procurement/orders', 'orders-table', 'proc-orders-phone.png'],
      [`/procurement/orders/${orderId}`, 'order-returns', 'proc-order-phone.png'],
      ['/procurement/suppliers', `supplier-S${suffix}`, 'proc-suppliers-phone.png'],
      [`/procurement/suppliers/${supplierId}`, `supplier-item-${SKU}`, 'proc-supplier-phone.png'],
    ]) {
      flow.step = `phone: ${path}`
      await p.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
      await p.locator(sel(marker)).first().waitFor()
      if (expand) await p.locator(sel(expand)).click()
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 1) throw new Error(`${path} is ${overflow}px wider than the phone screen`)
      await shot(p, name)
    }
  } finally {
    await phone.close()
  }

  // ——— supplier cards edited by the buyer, and an approval beyond the buyer's threshold ———
  // (a) a new supplier with a wrong УНП, fixed, then an item's terms and a contract; (b) the buyer may approve up to
  // 1 000 руб.: a request of 2 000 руб. by someone else is refused with who may approve it and stays submitted.
  const NEW_CODE = `N${suffix}`
  const CONTRACT = `К-${suffix}`
  /** A УНП with the wrong check digit: the valid one's last digit moved by one. */
  const wrongUnp = (valid) => valid.slice(0, 8) + String((Number(valid[8]) + 1) % 10)
  async function phoneShot(ctx, path, marker, name) {
    const p = await ctx.newPage()
    watch(p, flow, STEP_TIMEOUT_MS)
    await p.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
    await p.locator(sel(marker)).first().waitFor()
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    if (overflow > 1) throw new Error(`${path} is ${overflow}px wider than the phone screen`)
    await shot(p, name)
    return p
  }

  const supplierBuyer = await desk()
  page = await supplierBuyer.newPage()
  watch(page, flow, STEP_TIMEOUT_MS)
  await logIn(page, BUYER, USER_PASSWORD)
  flow.step = 'the buyer creates a supplier with a wrong УНП'
  await page.goto(`${baseUrl}/procurement/suppliers`, { waitUntil: 'domcontentloaded' })
  await page.locator(sel('supplier-new')).click()
  const supplierDialog = page.locator(sel('supplier-dialog'))
  const goodUnp = unp()
  await supplierDialog.locator(sel('sup-code')).fill(NEW_CODE)
  await supplierDialog.locator(sel('sup-name')).fill(`ЧУП «Регистратор-Сервис ${suffix}»`)
  await supplierDialog.locator(sel('sup-unp')).fill(wrongUnp(goodUnp))
  await supplierDialog.locator(sel('sup-phone')).fill('+375 29 555-12-34')
  await supplierDialog.locator(sel('sup-email')).fill('zakaz@reg-service.by')
  await supplierDialog.locator(sel('dialog-submit')).click()
  await expectText(supplierDialog.locator(sel('error-sup-unp')), /УНП/, 'the УНП error beside the field')
  await page.screenshot({ path: join(screenshotDir, 'proc-supplier-new-dialog.png') })

  flow.step = 'the buyer fixes the УНП'
  await supplierDialog.locator(sel('sup-unp')).fill(goodUnp)
  await supplierDialog.locator(sel('dialog-submit')).click()
  await page.locator(sel('proc-supplier-card')).waitFor()
  await expectText(page.locator(sel('supplier-notice')), new RegExp(`Поставщик ${NEW_CODE} создан`), 'the created notice')
  await expectText(page.locator(sel('supplier-unp')), new RegExp(`^${goodUnp}$`), 'the saved УНП')
  const newSupplierId = page.url().split('/procurement/suppliers/')[1].split('?')[0]

  flow.step = 'the buyer adds an item from the catalogue'
  await page.locator(sel('supplier-add-item')).click()
  const termDialog = page.locator(sel('supplier-item-dialog'))
  await termDialog.locator(sel('term-item-filter')).fill(SKU)
  await termDialog.locator(sel('term-item')).selectOption(itemId)
  await termDialog.locator(sel('term-price')).fill('450,5')
  await termDialog.locator(sel('term-lead')).fill('12')
  await termDialog.locator(sel('term-min')).fill('0')
  await termDialog.locator(sel('dialog-submit')).click()
  await expectText(termDialog.locator(sel('error-term-min')), /больше 0/, 'the minimum order error')
  await termDialog.locator(sel('term-min')).fill('2')
  await termDialog.locator(sel('term-pack')).fill('2')
  await termDialog.locator(sel('dialog-submit')).click()
  const termRow = page.locator(sel(`supplier-item-${SKU}`))
  await expectText(termRow.locator(sel('cell-price')), /^450,50\sруб\.$/, 'the price')
  await expectText(termRow.locator(sel('cell-lead')), /^12\sдней$/, 'the lead time')

  flow.step = 'the buyer changes the price'
  await termRow.locator(sel('term-edit')).click()
  await termDialog.locator(sel('term-price')).fill('440')
  await termDialog.locator(sel('dialog-submit')).click()
  await expectText(termRow.locator(sel('cell-price')), /^440,00\sруб\.$/, 'the changed price')

  flow.step = 'the buyer adds a contract'
  await page.locator(sel('supplier-add-contract')).click()
  const contractDialog = page.locator(sel('contract-dialog'))
  await contractDialog.locator(sel('ctr-number')).fill(CONTRACT)
  await contractDialog.locator(sel('ctr-payment')).fill('30')
  await contractDialog.locator(sel('ctr-warranty')).fill('24')
  await contractDialog.locator(sel('dialog-submit')).click()
  const contractRow = page.locator(sel(`contract-${CONTRACT}`))
  await expectText(contractRow.locator(sel('contract-in-force')), /^в силе$/, 'the contract in force')
  await expectText(contractRow.locator(sel('contract-payment')), /^30 дней после поставки$/, 'the payment terms')
  await expectText(contractRow.locator(sel('contract-warranty')), /^24\sмесяца$/, 'the warranty')
  await expectText(page.locator(sel('supplier-current-contract')), new RegExp(`№ ${CONTRACT}, .* — бессрочно`), 'the current contract')

  flow.step = 'the buyer changes the contract: an end date and a longer warranty'
  const contractEnd = `${new Date().getUTCFullYear() + 2}-12-31`
  await contractRow.locator(sel('contract-edit')).click()
  await contractDialog.locator(sel('ctr-to')).fill(contractEnd)
  await contractDialog.locator(sel('ctr-warranty')).fill('36')
  await contractDialog.locator(sel('dialog-submit')).click()
  await expectText(contractRow.locator(sel('contract-warranty')), /^36\sмесяцев$/, 'the changed warranty')
  await expectText(contractRow.locator(sel('contract-validity')), new RegExp(`— 31\\.12\\.${contractEnd.slice(0, 4)}$`), 'the end date')
  await contractRow.locator(sel('contract-in-force')).waitFor()
  await shot(page, 'proc-supplier-edited.png')

  flow.step = 'the buyer changes the supplier'
  await page.locator(sel('supplier-edit')).click()
  await supplierDialog.locator(sel('sup-phone')).fill('+375 17 388-00-11')
  await supplierDialog.locator(sel('dialog-submit')).click()
  await expectText(page.locator(sel('supplier-contacts')), /\+375 17 388-00-11/, 'the changed phone')

  flow.step = 'the item card links to its preferred supplier'
  await page.goto(`${baseUrl}/stock/items/${itemId}`, { waitUntil: 'domcontentloaded' })
  await expectText(page.locator(sel('item-supplier-link')), new RegExp(`Поставка ${suffix}`), 'the supplier link')
  await page.locator(sel('item-supplier-link')).click()
  await expectText(page.locator(sel('supplier-current-contract')), new RegExp(`№ Д-${suffix}`), 'the linked card')

  flow.step = 'the supplier pages on a phone'
  const buyerPhone = await browser.newContext({
    viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU', storageState: await supplierBuyer.storageState(),
  })
  try {
    const p = await phoneShot(buyerPhone, `/procurement/suppliers/${newSupplierId}`, `contract-${CONTRACT}`, 'proc-supplier-edited-phone.png')
    await p.locator(sel('supplier-add-item')).click()
    await p.locator(sel('supplier-item-dialog')).waitFor()
    await p.screenshot({ path: join(screenshotDir, 'proc-supplier-term-phone.png') })
  } finally {
    await buyerPhone.close()
  }

  flow.step = 'the buyer is refused an approval beyond the threshold'
  const bigRequest = await api('POST', '/api/v1/procurement/requests', {
    warehouseId, reason: 'Запас дисков на квартал', lines: [{ itemId, quantity: 4, estimatedPrice: 500, supplierId: newSupplierId }],
  })
  await api('POST', `/api/v1/procurement/requests/${bigRequest.id}/submit`)
  await page.goto(`${baseUrl}/procurement/requests/${bigRequest.id}`, { waitUntil: 'domcontentloaded' })
  await expectText(page.locator(sel('request-status')), /^На согласовании$/, 'the submitted request')
  await page.locator(sel('request-approve')).click()
  await expectText(page.locator(sel('request-forbidden')), /^Согласовать нельзя: заявку на 2\s000,00\sруб\. согласует руководитель/, 'the refusal')
  await expectText(page.locator(sel('request-status')), /^На согласовании$/, 'the refused request')
  await shot(page, 'proc-request-refused.png')
  await supplierBuyer.close()
  console.log(`NEW_SUPPLIER_ID=${newSupplierId}`)
  console.log(`NEW_SUPPLIER_UNP=${goodUnp}`)
  console.log(`CONTRACT_NUMBER=${CONTRACT}`)
  console.log(`CONTRACT_END=${contractEnd}`)
  console.log(`REFUSED_REQUEST_ID=${bigRequest.id}`)

  console.log(`Procurement flow: ${SKU} planned 5 («${explanation.slice(0, 80)}…»), requested by ${BUYER}, approved by ${MANAGER}, received 4 + 1 rejected and returned`)
  console.log(`ITEM_ID=${itemId}`)
  console.log(`WAREHOUSE_ID=${warehouseId}`)
  console.log(`SUPPLIER_ID=${supplierId}`)
  console.log(`REQUEST_ID=${requestId}`)
  console.log(`ORDER_ID=${orderId}`)
  console.log(`BUYER=${BUYER}`)
  console.log(`MANAGER=${MANAGER}`)
  console.log(`XLSX_PATH=${paths.xlsx}`)
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
