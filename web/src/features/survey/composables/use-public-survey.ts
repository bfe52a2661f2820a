import { ref, type Ref } from 'vue'
import { ApiError } from '@/shared/http'
import { publicSurveyApi } from '../api'
import type { PublicSurvey, SurveyAnswer } from '../types'

/** What the customer's page shows: the form, a thank-you, or why the link no longer works. */
export type PublicSurveyState = 'loading' | 'open' | 'answered' | 'gone' | 'not-found' | 'error'

export function usePublicSurvey(token: Ref<string>) {
  const state = ref<PublicSurveyState>('loading')
  const survey = ref<PublicSurvey | null>(null)
  const submitting = ref(false)
  const submitFailed = ref(false)

  const stateOf = (e: unknown): PublicSurveyState =>
    e instanceof ApiError && e.status === 404 ? 'not-found' : e instanceof ApiError && e.status === 410 ? 'gone' : 'error'

  async function load(): Promise<void> {
    state.value = 'loading'
    try {
      survey.value = await publicSurveyApi.open(token.value)
      state.value = 'open'
    } catch (e) {
      state.value = stateOf(e)
    }
  }

  async function submit(answer: SurveyAnswer): Promise<void> {
    submitting.value = true
    submitFailed.value = false
    try {
      await publicSurveyApi.answer(token.value, answer)
      state.value = 'answered'
    } catch (e) {
      const next = stateOf(e)
      // A 400 (out-of-range score) or a network hiccup keeps the form so the customer can try again.
      if (next === 'error' || (e instanceof ApiError && e.status === 400)) submitFailed.value = true
      else state.value = next
    } finally {
      submitting.value = false
    }
  }

  void load()
  return { state, survey, submitting, submitFailed, submit }
}
