import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { authApi } from '@/features/auth/api'
import { useSession } from '@/features/auth/composables/use-session'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { jsonResponse, stubFetch } from '@/shared/test-support'
import { financeApi, type ExchangeRate } from '../api'
import ExchangeRatesView from './exchange-rates-view.vue'

const usd: ExchangeRate = {
  currency: 'USD', rateDate: '2026-11-25', scale: 1, rate: 3.2518, source: 'IMPORT', updatedBy: 'accountant', updatedAt: '2026-11-25T09:00:00Z',
}
const rub: ExchangeRate = { ...usd, currency: 'RUB', scale: 100, rate: 3.9874 }

async function mountAs(role: string) {
  stubFetch(() => jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 't' }))
  vi.spyOn(authApi, 'login').mockResolvedValue({ username: role.toLowerCase(), displayName: role, roles: [role], locale: 'ru' })
  await useSession().login(role.toLowerCase(), 'p')
  const list = vi.spyOn(financeApi, 'rates').mockResolvedValue([rub, usd])
  const wrapper = mount(ExchangeRatesView, { global: { plugins: [i18n] } })
  await flushPromises()
  return { wrapper, list }
}

describe('exchange-rates-view', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => {
    useSession().forget()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('lists the rates in force with their scale and shows the form only to accountants and the admin', async () => {
    const { wrapper } = await mountAs('WAREHOUSE')
    expect(wrapper.get('[data-test="rate-RUB"]').text()).toContain('100')
    expect(wrapper.get('[data-test="rate-RUB"] [data-test="rate-value"]').text()).toBe('3,9874')
    expect(wrapper.get('[data-test="rate-USD"]').text()).toContain('из файла')
    expect(wrapper.find('[data-test="rate-form"]').exists()).toBe(false)
    const accountant = await mountAs('ACCOUNTANT')
    expect(accountant.wrapper.find('[data-test="rate-form"]').exists()).toBe(true)
  })

  it('sends a checked rate and reloads; a field the server refuses is shown beside it', async () => {
    const { wrapper, list } = await mountAs('ACCOUNTANT')
    const set = vi.spyOn(financeApi, 'setRate').mockResolvedValue({ ...usd, rateDate: '2026-11-26', source: 'MANUAL' })
    await wrapper.get('[data-test="rate-rate"]').setValue('')
    await wrapper.get('[data-test="rate-form"]').trigger('submit')
    expect(wrapper.get('[data-test="error-rate"]').text()).toBe('Заполните поле')
    expect(set).not.toHaveBeenCalled()

    await wrapper.get('[data-test="rate-currency"]').setValue('usd')
    await wrapper.get('[data-test="rate-date"]').setValue('2026-11-26')
    await wrapper.get('[data-test="rate-rate"]').setValue('3,2518')
    await wrapper.get('[data-test="rate-form"]').trigger('submit')
    await flushPromises()
    expect(set).toHaveBeenCalledWith('USD', '2026-11-26', 1, 3.2518)
    expect(wrapper.get('[data-test="rate-saved"]').text()).toBe('Курс USD на 26.11.2026 сохранён')
    expect(list).toHaveBeenCalledTimes(2)

    set.mockRejectedValue(new ApiError(400, { title: 'Ошибка', status: 400, errors: [{ field: 'currency', message: 'Неизвестный код валюты «XYZ»' }] }))
    await wrapper.get('[data-test="rate-currency"]').setValue('XYZ')
    await wrapper.get('[data-test="rate-rate"]').setValue('1')
    await wrapper.get('[data-test="rate-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-test="error-currency"]').text()).toBe('Неизвестный код валюты «XYZ»')
  })
})
