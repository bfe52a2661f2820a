/** The «Внести курс» form as typed, and its check before anything is sent. */
export interface RateForm {
  currency: string
  date: string
  scale: number
  rate: string
}

export interface CheckedRate {
  currency: string
  date: string
  scale: number
  rate: number
}

/** The form's errors by field (keys of `fin.form.*`), or the rate to send: code upper-cased, «3,2518» read as 3.2518. */
export function checkRateForm(form: RateForm): { errors: Record<string, string>; rate: CheckedRate | null } {
  const errors: Record<string, string> = {}
  const currency = form.currency.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = currency ? 'badCurrency' : 'required'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) errors.date = 'required'
  const text = form.rate.trim().replace(/\s/g, '').replace(',', '.')
  const rate = Number(text)
  if (!text) errors.rate = 'required'
  else if (!/^\d+(\.\d+)?$/.test(text) || !(rate > 0)) errors.rate = 'badRate'
  if (Object.keys(errors).length > 0) return { errors, rate: null }
  return { errors, rate: { currency, date: form.date, scale: form.scale, rate } }
}
