import { createApp } from 'vue'
import AppRoot from './app/app-root.vue'
import { createAppRouter } from './app/router'
import { useSession } from './features/auth/composables/use-session'
import { ensureCsrf, onUnauthorized } from './shared/http'
import { i18n } from './shared/i18n'
import './shared/styles.css'

const router = createAppRouter()

// Any API call answered 401 means the session ended server-side: back to the login page.
onUnauthorized(() => {
  useSession().forget()
  const current = router.currentRoute.value
  if (current.name !== 'login') {
    void router.replace({ name: 'login', query: { expired: '1', redirect: current.fullPath } })
  }
})

// Spring Security hands out the XSRF-TOKEN cookie lazily; fetch it before the first POST.
void ensureCsrf().catch(() => undefined)

createApp(AppRoot).use(i18n).use(router).mount('#app')
