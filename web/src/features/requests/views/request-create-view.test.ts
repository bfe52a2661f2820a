import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { RequestView } from '@/shared/api-types'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { requestsApi } from '../api'
import RequestCreateView from './request-create-view.vue'

async function setup() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/requests', name: 'requests', component: { template: '<div />' } },
      { path: '/requests/new', name: 'request-new', component: RequestCreateView },
      { path: '/requests/:id', name: 'request-card', component: { template: '<div />' } },
    ],
  })
  await router.push('/requests/new')
  await router.isReady()
  const wrapper = mount(RequestCreateView, { global: { plugins: [i18n, router] }, attachTo: document.body })
  return { router, wrapper }
}

async function fillRequired(wrapper: Awaited<ReturnType<typeof setup>>['wrapper']) {
  await wrapper.get('[data-test="input-customerName"]').setValue('ООО «Вектор»')
  await wrapper.get('[data-test="input-contactPhone"]').setValue('+375 29 123-45-67')
  await wrapper.get('[data-test="input-deviceModel"]').setValue('Hikvision DS-7608NI')
  await wrapper.get('[data-test="input-problemDescription"]').setValue('Не пишет архив')
}

describe('request-create-view', () => {
  beforeEach(() => setLocale('ru', false))
  afterEach(() => vi.restoreAllMocks())

  it('offers the four priorities with Russian labels, or the rules', async () => {
    const { wrapper } = await setup()
    const options = wrapper.findAll('[data-test="input-priority"] option').map((o) => o.text())
    expect(options).toEqual(['Определить по правилам', 'P1 — критический', 'P2 — высокий', 'P3 — обычный', 'P4 — низкий'])
    wrapper.unmount()
  })

  it('shows the server’s per-field errors next to their fields', async () => {
    vi.spyOn(requestsApi, 'register').mockRejectedValue(
      new ApiError(400, { status: 400, errors: [{ field: 'contactPhone', message: 'Укажите телефон' }] }),
    )
    const { wrapper } = await setup()
    await fillRequired(wrapper)

    await wrapper.get('[data-test="request-form"]').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[data-test="error-contactPhone"]').text()).toBe('Укажите телефон')
    expect(wrapper.get('[data-test="input-contactPhone"]').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('[data-test="form-error"]').text()).toBe('Проверьте выделенные поля')
    expect(wrapper.find('[data-test="error-customerName"]').exists()).toBe(false)

    await wrapper.get('[data-test="input-contactPhone"]').setValue('+375 29 000-00-00')
    expect(wrapper.find('[data-test="error-contactPhone"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('marks missing required fields without calling the server', async () => {
    const register = vi.spyOn(requestsApi, 'register')
    const { wrapper } = await setup()

    await wrapper.get('[data-test="request-form"]').trigger('submit')
    await flushPromises()

    expect(register).not.toHaveBeenCalled()
    expect(wrapper.get('[data-test="error-customerName"]').text()).toBe('Обязательное поле')
    expect(wrapper.find('[data-test="error-unp"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('opens the card of the registered request', async () => {
    vi.spyOn(requestsApi, 'register').mockResolvedValue({ id: 'r-42' } as RequestView)
    const { router, wrapper } = await setup()
    await fillRequired(wrapper)
    await wrapper.get('[data-test="input-priority"]').setValue('P1')

    await wrapper.get('[data-test="request-form"]').trigger('submit')
    await flushPromises()

    expect(requestsApi.register).toHaveBeenCalledWith(expect.objectContaining({ priority: 'P1', unp: null }))
    expect(router.currentRoute.value.fullPath).toBe('/requests/r-42')
    wrapper.unmount()
  })
})
