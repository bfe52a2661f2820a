import { onScopeDispose, readonly, ref, type Ref } from 'vue'

// One timer for the whole page, however many countdowns are on it.
const now = ref(Date.now())
let subscribers = 0
let timer: ReturnType<typeof setInterval> | undefined

/** The current time in ms, updated every second while any component uses it. */
export function useNow(): Readonly<Ref<number>> {
  subscribers++
  if (timer === undefined) {
    now.value = Date.now()
    timer = setInterval(() => (now.value = Date.now()), 1000)
  }
  onScopeDispose(() => {
    subscribers--
    if (subscribers === 0 && timer !== undefined) {
      clearInterval(timer)
      timer = undefined
    }
  })
  return readonly(now)
}
