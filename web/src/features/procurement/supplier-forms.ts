import type { Contract, ContractBody, ContractChangeBody, Supplier, SupplierBody, SupplierChangeBody, SupplierItem, SupplierItemBody } from './api'

/** Who changes the supplier catalogue (SecurityConfiguration: PROCUREMENT and ADMIN write, the others read). */
export const SUPPLIER_WRITERS: readonly string[] = ['ADMIN', 'PROCUREMENT']

export function maySupply(roles: readonly string[]): boolean {
  return roles.some((r) => SUPPLIER_WRITERS.includes(r))
}

/** Currencies offered in the forms; a supplier's own one is added when it is another. */
export const CURRENCIES: readonly string[] = ['BYN', 'RUB', 'USD', 'EUR', 'CNY']
/** Countries offered in the supplier form (ISO codes, as the server stores them). */
export const COUNTRIES: readonly string[] = ['BY', 'RU', 'CN', 'PL', 'LT', 'LV', 'DE', 'KZ', 'TR']

/** Error keys (proc.supplierForm.errors.*) by field; the form translates them. */
export type FormErrors = Record<string, string>
export type Checked<T> = { body: T; errors: null } | { body: null; errors: FormErrors }

/**
 * A decimal the user typed as the server's plain text: "1 234,5" → "1234.5"; null when blank; undefined when it is
 * not a number, is negative or has more decimals than `scale`.
 */
export function parseDecimal(text: string, scale: number): string | null | undefined {
  const plain = text.replace(/[\s\u00a0]/g, '').replace(',', '.')
  if (plain === '') return null
  const m = /^(\d+)(?:\.(\d+))?$/.exec(plain)
  if (!m || (m[2] ?? '').length > scale) return undefined
  return plain
}

/** A whole number in [min, max] the user typed; null when blank; undefined when it is anything else. */
export function parseWhole(text: string, min: number, max: number): number | null | undefined {
  const plain = text.replace(/[\s\u00a0]/g, '')
  if (plain === '') return null
  if (!/^\d+$/.test(plain)) return undefined
  const n = Number(plain)
  return n < min || n > max ? undefined : n
}

const blank = (text: string) => text.trim() === ''
const orNull = (text: string) => (blank(text) ? null : text.trim())

function result<T>(errors: FormErrors, body: () => T): Checked<T> {
  return Object.keys(errors).length > 0 ? { body: null, errors } : { body: body(), errors: null }
}

export interface SupplierForm {
  code: string
  name: string
  unp: string
  country: string
  currency: string
  email: string
  phone: string
  active: boolean
}

export function supplierForm(s?: Supplier | null): SupplierForm {
  return {
    code: s?.code ?? '',
    name: s?.name ?? '',
    unp: s?.unp ?? '',
    country: s?.country ?? 'BY',
    currency: s?.currency ?? 'BYN',
    email: s?.email ?? '',
    phone: s?.phone ?? '',
    active: s?.active ?? true,
  }
}

// The УНП itself is the server's to judge (check digit, one supplier per УНП): its message shows beside the field.
function supplierErrors(f: SupplierForm, isNew: boolean): FormErrors {
  const e: FormErrors = {}
  if (isNew && blank(f.code)) e.code = 'required'
  else if (isNew && !/^[\p{L}0-9][\p{L}0-9._-]*$/u.test(f.code.trim())) e.code = 'code'
  if (blank(f.name)) e.name = 'required'
  if (!blank(f.email) && !/^[^\s@]+@[^\s@]+$/.test(f.email.trim())) e.email = 'email'
  return e
}

export function newSupplierBody(f: SupplierForm): Checked<SupplierBody> {
  return result(supplierErrors(f, true), () => ({
    code: f.code.trim(),
    name: f.name.trim(),
    unp: orNull(f.unp),
    country: orNull(f.country),
    currency: orNull(f.currency),
    email: orNull(f.email),
    phone: orNull(f.phone),
  }))
}

/** A change sends every field: an emptied УНП, e-mail or phone removes it on the server. */
export function supplierChangeBody(f: SupplierForm): Checked<SupplierChangeBody> {
  return result(supplierErrors(f, false), () => ({
    name: f.name.trim(),
    unp: f.unp.trim(),
    country: orNull(f.country),
    currency: orNull(f.currency),
    email: f.email.trim(),
    phone: f.phone.trim(),
    active: f.active,
  }))
}

export interface TermForm {
  itemId: string
  supplierSku: string
  price: string
  currency: string
  leadTimeDays: string
  minOrderQty: string
  packSize: string
}

const decimalText = (n: number) => String(n).replace('.', ',')

export function termForm(t: SupplierItem | null, currency: string): TermForm {
  return {
    itemId: t?.itemId ?? '',
    supplierSku: t?.supplierSku ?? '',
    price: t ? decimalText(t.price) : '',
    currency: t?.currency ?? currency,
    leadTimeDays: t ? String(t.leadTimeDays) : '',
    minOrderQty: t ? decimalText(t.minOrderQty) : '1',
    packSize: t ? decimalText(t.packSize) : '1',
  }
}

/** The item terms as the server takes them (price to 4 decimals, quantities to 3 and above 0, lead time 0–365 days). */
export function termBody(f: TermForm): Checked<SupplierItemBody> {
  const e: FormErrors = {}
  if (!f.itemId) e.itemId = 'item'
  const price = parseDecimal(f.price, 4)
  if (price === null) e.price = 'required'
  else if (price === undefined) e.price = 'price'
  const lead = parseWhole(f.leadTimeDays, 0, 365)
  if (lead === null) e.leadTimeDays = 'required'
  else if (lead === undefined) e.leadTimeDays = 'leadTime'
  const min = parseDecimal(f.minOrderQty, 3)
  if (min === undefined || (min !== null && Number(min) <= 0)) e.minOrderQty = 'positive'
  const pack = parseDecimal(f.packSize, 3)
  if (pack === undefined || (pack !== null && Number(pack) <= 0)) e.packSize = 'positive'
  if (!/^[A-Z]{3}$/.test(f.currency)) e.currency = 'required'
  return result(e, () => ({
    supplierSku: orNull(f.supplierSku),
    price: price!,
    currency: f.currency,
    leadTimeDays: lead!,
    minOrderQty: min ?? null,
    packSize: pack ?? null,
  }))
}

export interface ContractForm {
  number: string
  validFrom: string
  validTo: string
  paymentTermsDays: string
  warrantyMonths: string
  currency: string
  note: string
}

export function contractForm(today: string, currency: string): ContractForm {
  return { number: '', validFrom: today, validTo: '', paymentTermsDays: '', warrantyMonths: '', currency, note: '' }
}

/** The form of an existing contract, its figures as text. */
export function contractEditForm(c: Contract): ContractForm {
  return {
    number: c.number,
    validFrom: c.validFrom,
    validTo: c.validTo ?? '',
    paymentTermsDays: String(c.paymentTermsDays),
    warrantyMonths: String(c.warrantyMonths),
    currency: c.currency,
    note: c.note ?? '',
  }
}

function termsErrors(f: ContractForm): FormErrors {
  const e: FormErrors = {}
  if (!f.validFrom) e.validFrom = 'required'
  if (f.validFrom && f.validTo && f.validTo < f.validFrom) e.validTo = 'validTo'
  if (parseWhole(f.paymentTermsDays, 0, 365) === undefined) e.paymentTermsDays = 'paymentDays'
  if (parseWhole(f.warrantyMonths, 0, 120) === undefined) e.warrantyMonths = 'warrantyMonths'
  return e
}

export function contractBody(f: ContractForm): Checked<ContractBody> {
  const e: FormErrors = {}
  if (blank(f.number)) e.number = 'required'
  Object.assign(e, termsErrors(f))
  const payment = parseWhole(f.paymentTermsDays, 0, 365)
  const warranty = parseWhole(f.warrantyMonths, 0, 120)
  return result(e, () => ({
    number: f.number.trim(),
    validFrom: f.validFrom,
    validTo: f.validTo || null,
    paymentTermsDays: payment ?? null,
    warrantyMonths: warranty ?? null,
    currency: orNull(f.currency),
    note: orNull(f.note),
  }))
}

/** A change sends every term: a blank payment or warranty is 0, a blank end date makes the contract open-ended. */
export function contractChangeBody(f: ContractForm): Checked<ContractChangeBody> {
  return result(termsErrors(f), () => ({
    validFrom: f.validFrom,
    validTo: f.validTo || null,
    paymentTermsDays: parseWhole(f.paymentTermsDays, 0, 365) ?? 0,
    warrantyMonths: parseWhole(f.warrantyMonths, 0, 120) ?? 0,
    note: orNull(f.note),
  }))
}

/** The contract in force on a day: of those valid that day, the one that began last (as the server decides). */
export function currentContract(contracts: readonly Contract[], today: string): Contract | null {
  return (
    contracts
      .filter((c) => c.validFrom <= today && (c.validTo == null || c.validTo >= today))
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null
  )
}
