import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '@/shared/http'
import { i18n, setLocale } from '@/shared/i18n'
import { jsonResponse, stubFetch } from '@/shared/test-support'
import { authApi } from '../api'
import LoginView from './login-view.vue'

async function setup(path = '/login') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginView },
      { path: '/requests', name: 'requests', component: { template: '<div />' } },
      { path: '/requests/:id', name: 'request-card', component: { template: '<div />' } },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(LoginView, { global: { plugins: [i18n, router] } })
  return { router, wrapper }
}

async function signIn(wrapper: Awaited<ReturnType<typeof setup>>['wrapper'], password: string) {
  await wrapper.get('[data-test="login-username"]').setValue('admin')
  await wrapper.get('[data-test="login-password"]').setValue(password)
  await wrapper.get('[data-test="login-form"]').trigger('submit')
  await flushPromises()
}

describe('login-view', () => {
  beforeEach(() => {
    setLocale('ru', false)
    // Only the CSRF warm-up reaches the network; login itself is stubbed per test.
    stubFetch(() => jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 't' }))
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('is in Russian by default', async () => {
    const { wrapper } = await setup()
    expect(wrapper.get('[data-test="login-submit"]').text()).toBe('Войти')
    expect(document.documentElement.lang).toBe('ru')
  })

  it('says clearly that the credentials are wrong on 401', async () => {
    vi.spyOn(authApi, 'login').mockRejectedValue(new ApiError(401, { status: 401, detail: 'Bad credentials' }))
    const { wrapper } = await setup()

    await signIn(wrapper, 'wrong')

    expect(wrapper.get('[data-test="login-error"]').text()).toBe('Неверное имя пользователя или пароль')
    expect((wrapper.get('[data-test="login-password"]').element as HTMLInputElement).value).toBe('')
  })

  it('goes where the user was heading, but only inside the app', async () => {
    const user = { username: 'admin', displayName: 'Администратор', roles: ['ADMIN'], locale: 'ru' }
    vi.spyOn(authApi, 'login').mockResolvedValue(user)

    const inside = await setup('/login?redirect=/requests/abc')
    await signIn(inside.wrapper, 'secret')
    expect(inside.router.currentRoute.value.fullPath).toBe('/requests/abc')

    const outside = await setup('/login?redirect=//evil.example/x')
    await signIn(outside.wrapper, 'secret')
    expect(outside.router.currentRoute.value.fullPath).toBe('/requests')
  })
})
