import { describe, expect, it } from 'vitest'
import type { Contract } from './api'
import {
  contractBody,
  contractChangeBody,
  contractEditForm,
  contractForm,
  currentContract,
  maySupply,
  newSupplierBody,
  parseDecimal,
  parseWhole,
  supplierChangeBody,
  supplierForm,
  termBody,
  termForm,
} from './supplier-forms'

describe('parseDecimal', () => {
  it('reads Russian and plain decimals with spaces as the server text', () => {
    expect(parseDecimal('1 234,5', 4)).toBe('1234.5')
    expect(parseDecimal('12\u00a0000', 4)).toBe('12000')
    expect(parseDecimal('0.125', 3)).toBe('0.125')
  })
  it('gives null for blank and undefined for what is not a number or has too many decimals', () => {
    expect(parseDecimal('  ', 3)).toBeNull()
    expect(parseDecimal('abc', 3)).toBeUndefined()
    expect(parseDecimal('-5', 3)).toBeUndefined()
    expect(parseDecimal('1,2345', 3)).toBeUndefined()
    expect(parseDecimal('1,2,3', 3)).toBeUndefined()
  })
})

describe('parseWhole', () => {
  it('keeps whole numbers within the range only', () => {
    expect(parseWhole('14', 0, 365)).toBe(14)
    expect(parseWhole('', 0, 365)).toBeNull()
    expect(parseWhole('366', 0, 365)).toBeUndefined()
    expect(parseWhole('2,5', 0, 365)).toBeUndefined()
  })
})

describe('termBody', () => {
  const filled = { ...termForm(null, 'BYN'), itemId: 'i1', price: '1 250,50', leadTimeDays: '7', minOrderQty: '10', packSize: '2,5' }

  it('sends the figures as the server takes them', () => {
    expect(termBody(filled)).toEqual({
      errors: null,
      body: { supplierSku: null, price: '1250.50', currency: 'BYN', leadTimeDays: 7, minOrderQty: '10', packSize: '2.5' },
    })
  })
  it('names every bad field and sends nothing', () => {
    const checked = termBody({ ...filled, itemId: '', price: '-1', leadTimeDays: '400', minOrderQty: '0', packSize: 'x' })
    expect(checked.body).toBeNull()
    expect(checked.errors).toEqual({ itemId: 'item', price: 'price', leadTimeDays: 'leadTime', minOrderQty: 'positive', packSize: 'positive' })
  })
  it('needs a price and a lead time; blank minimum and pack are left to the server (1)', () => {
    expect(termBody({ ...filled, price: '', leadTimeDays: '' }).errors).toEqual({ price: 'required', leadTimeDays: 'required' })
    expect(termBody({ ...filled, minOrderQty: '', packSize: '' }).body).toMatchObject({ minOrderQty: null, packSize: null })
  })
  it('fills the form of existing terms with Russian decimals', () => {
    const form = termForm({ supplierId: 's', itemId: 'i', supplierSku: 'A-1', price: 12.5, currency: 'USD', leadTimeDays: 3, minOrderQty: 1, packSize: 0.5 }, 'BYN')
    expect(form).toMatchObject({ price: '12,5', currency: 'USD', leadTimeDays: '3', packSize: '0,5', supplierSku: 'A-1' })
  })
})

describe('supplier bodies', () => {
  it('creates with blanks as null and refuses a missing code or name', () => {
    const form = { ...supplierForm(), code: ' ACME ', name: 'ООО «Акме»', unp: '190000005 ', email: '' }
    expect(newSupplierBody(form).body).toEqual({ code: 'ACME', name: 'ООО «Акме»', unp: '190000005', country: 'BY', currency: 'BYN', email: null, phone: null })
    expect(newSupplierBody(supplierForm()).errors).toEqual({ code: 'required', name: 'required' })
    expect(newSupplierBody({ ...form, code: 'A B', email: 'нет' }).errors).toEqual({ code: 'code', email: 'email' })
  })
  it('changes with an emptied УНП sent as empty (the server removes it) and never the code', () => {
    const s = { id: 's1', code: 'ACME', name: 'Акме', unp: '190000005', country: 'BY', currency: 'BYN', email: 'a@b.by', phone: null, active: true, createdAt: '' }
    const body = supplierChangeBody({ ...supplierForm(s), unp: '', active: false }).body
    expect(body).toEqual({ name: 'Акме', unp: '', country: 'BY', currency: 'BYN', email: 'a@b.by', phone: '', active: false })
    expect(body).not.toHaveProperty('code')
  })
})

describe('contractBody', () => {
  it('sends an open-ended contract without an end date and checks the order of dates', () => {
    const form = { ...contractForm('2026-11-26', 'BYN'), number: ' Д-7 ', paymentTermsDays: '30', warrantyMonths: '12' }
    expect(contractBody(form).body).toEqual({
      number: 'Д-7', validFrom: '2026-11-26', validTo: null, paymentTermsDays: 30, warrantyMonths: 12, currency: 'BYN', note: null,
    })
    expect(contractBody({ ...form, validTo: '2026-11-01' }).errors).toEqual({ validTo: 'validTo' })
    expect(contractBody({ ...form, number: '', warrantyMonths: '121', paymentTermsDays: 'две' }).errors).toEqual({
      number: 'required', warrantyMonths: 'warrantyMonths', paymentTermsDays: 'paymentDays',
    })
  })
})

describe('contractChangeBody', () => {
  const contract: Contract = { id: 'c1', number: 'Д-7', validFrom: '2026-01-01', validTo: '2026-12-31', paymentTermsDays: 14, warrantyMonths: 6, currency: 'BYN', note: null }
  it('sends every term and never the number; an emptied end date makes it open-ended, blank figures 0', () => {
    const form = { ...contractEditForm(contract), validTo: '', paymentTermsDays: '', warrantyMonths: '18' }
    expect(contractChangeBody(form)).toEqual({
      errors: null, body: { validFrom: '2026-01-01', validTo: null, paymentTermsDays: 0, warrantyMonths: 18, note: null },
    })
  })
  it('refuses an end before the start and figures out of range', () => {
    const form = { ...contractEditForm(contract), validFrom: '2027-01-01', warrantyMonths: '200' }
    expect(contractChangeBody(form).errors).toEqual({ validTo: 'validTo', warrantyMonths: 'warrantyMonths' })
  })
})

describe('currentContract', () => {
  const c = (number: string, validFrom: string, validTo: string | null): Contract => ({
    id: number, number, validFrom, validTo, paymentTermsDays: 0, warrantyMonths: 0, currency: 'BYN', note: null,
  })
  it('is the valid one that began last', () => {
    const list = [c('old', '2025-01-01', null), c('new', '2026-06-01', null), c('ended', '2026-07-01', '2026-08-01'), c('future', '2027-01-01', null)]
    expect(currentContract(list, '2026-11-26')?.number).toBe('new')
    expect(currentContract([c('ended', '2026-07-01', '2026-08-01')], '2026-11-26')).toBeNull()
  })
})

describe('maySupply', () => {
  it('lets procurement and the administrator write, nobody else', () => {
    expect(maySupply(['PROCUREMENT'])).toBe(true)
    expect(maySupply(['ENGINEER', 'ADMIN'])).toBe(true)
    expect(maySupply(['MANAGER'])).toBe(false)
    expect(maySupply(['WAREHOUSE'])).toBe(false)
  })
})
