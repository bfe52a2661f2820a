import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import type { RequestView } from '@/shared/api-types'
import { ApiError } from '@/shared/http'
import { requestsApi } from '../api'
import { emptyForm, toCommand, useRequestForm, validate } from './use-request-form'

const filled = () => ({
  ...emptyForm(),
  customerName: '  ООО «Вектор» ',
  contactPhone: '+375 29 123-45-67',
  deviceModel: 'Hikvision DS-7608NI',
  problemDescription: 'Не пишет архив',
  priority: 'P2' as const,
})

describe('request form', () => {
  afterEach(() => vi.restoreAllMocks())

  it('sends blank optional fields as null and trims the rest', () => {
    expect(toCommand(filled())).toEqual({
      customerName: 'ООО «Вектор»',
      unp: null,
      contactPhone: '+375 29 123-45-67',
      deviceModel: 'Hikvision DS-7608NI',
      serialNumber: null,
      problemDescription: 'Не пишет архив',
      priority: 'P2',
      contactEmail: null,
      category: null,
      deviceType: null,
      region: null,
    })
  })

  it('requires the four mandatory fields and a 9-character UNP', () => {
    expect(Object.keys(validate(emptyForm())).sort()).toEqual(
      ['contactPhone', 'customerName', 'deviceModel', 'problemDescription'].sort(),
    )
    expect(validate({ ...filled(), unp: '12345' })).toEqual({ unp: { key: 'form.unpLength' } })
    expect(validate({ ...filled(), unp: '190000001' })).toEqual({})
  })

  it('does not call the server when the form is obviously incomplete', async () => {
    const register = vi.spyOn(requestsApi, 'register')
    const form = effectScope().run(() => useRequestForm())!

    await expect(form.submit()).resolves.toBeNull()

    expect(register).not.toHaveBeenCalled()
    expect(form.fieldErrors.value.customerName).toEqual({ key: 'form.required' })
  })

  it('places the server’s 400 messages on their fields', async () => {
    vi.spyOn(requestsApi, 'register').mockRejectedValue(
      new ApiError(400, {
        status: 400,
        detail: 'Проверьте поля',
        errors: [
          { field: 'contactPhone', message: 'Телефон в формате +375 29 123-45-67' },
          { field: 'unp', message: 'УНП не прошёл проверку' },
        ],
      }),
    )
    const form = effectScope().run(() => useRequestForm())!
    Object.assign(form.values, filled())

    await expect(form.submit()).resolves.toBeNull()

    expect(form.fieldErrors.value).toEqual({
      contactPhone: { text: 'Телефон в формате +375 29 123-45-67' },
      unp: { text: 'УНП не прошёл проверку' },
    })
    expect(form.formError.value).toEqual({ key: 'form.invalid' })
    expect(form.submitting.value).toBe(false)
  })

  it('shows a 400 without field errors as one message', async () => {
    vi.spyOn(requestsApi, 'register').mockRejectedValue(new ApiError(400, { status: 400, detail: 'Некорректный JSON' }))
    const form = effectScope().run(() => useRequestForm())!
    Object.assign(form.values, filled())

    await form.submit()

    expect(form.formError.value).toEqual({ text: 'Некорректный JSON' })
  })

  it('returns the registered request', async () => {
    const created = { id: 'r-1', number: 'З-2026-000001' } as RequestView
    const register = vi.spyOn(requestsApi, 'register').mockResolvedValue(created)
    const form = effectScope().run(() => useRequestForm())!
    Object.assign(form.values, filled())

    await expect(form.submit()).resolves.toBe(created)
    expect(register).toHaveBeenCalledWith(toCommand(filled()))
  })
})
