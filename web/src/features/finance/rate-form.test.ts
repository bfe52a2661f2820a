import { describe, expect, it } from 'vitest'
import { checkRateForm } from './rate-form'

describe('checkRateForm', () => {
  it('reads a Russian decimal and upper-cases the code', () => {
    expect(checkRateForm({ currency: ' usd', date: '2026-11-26', scale: 1, rate: '3,2518' })).toEqual({
      errors: {},
      rate: { currency: 'USD', date: '2026-11-26', scale: 1, rate: 3.2518 },
    })
  })

  it('names each bad field', () => {
    expect(checkRateForm({ currency: 'US', date: '', scale: 100, rate: '0' }).errors).toEqual({
      currency: 'badCurrency',
      date: 'required',
      rate: 'badRate',
    })
    expect(checkRateForm({ currency: '', date: '2026-11-26', scale: 1, rate: ' ' }).errors).toEqual({
      currency: 'required',
      rate: 'required',
    })
    expect(checkRateForm({ currency: 'EUR', date: '2026-11-26', scale: 1, rate: '-3.5' }).errors).toEqual({ rate: 'badRate' })
  })
})
