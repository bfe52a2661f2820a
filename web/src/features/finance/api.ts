import { http } from '@/shared/http'

/** Exchange rates (dozor.finance.rates): the National Bank's BYN for `scale` units of a currency on a day. */
export interface ExchangeRate {
  currency: string
  rateDate: string
  scale: number
  rate: number
  source: 'MANUAL' | 'IMPORT' | 'NBRB'
  updatedBy: string
  updatedAt: string
}

export const financeApi = {
  /** Of every currency, the rate in force on the date: the latest published on or before it. */
  rates(date?: string): Promise<ExchangeRate[]> {
    return http.get<ExchangeRate[]>('/api/v1/finance/exchange-rates', { query: { date } })
  },
  setRate(currency: string, date: string, scale: number, rate: number): Promise<ExchangeRate> {
    return http.put<ExchangeRate>('/api/v1/finance/exchange-rates/{currency}/{date}', {
      path: { currency, date },
      json: { scale, rate },
    })
  },
}
