import { reactive, ref } from 'vue'
import type { Category, DeviceType, Priority, RegisterRequestCommand, RequestView } from '@/shared/api-types'
import { ApiError } from '@/shared/http'
import { requestsApi } from '../api'

export type RequestFormField = keyof RegisterRequestCommand

export interface RequestFormValues {
  customerName: string
  unp: string
  contactPhone: string
  contactEmail: string
  deviceModel: string
  serialNumber: string
  problemDescription: string
  /** '' leaves it to the classification rules. */
  priority: Priority | ''
  category: Category | ''
  deviceType: DeviceType | ''
  region: string
}

/** Message keys (i18n) for client-side checks; the server's own messages arrive already translated. */
export type FieldMessage = { key: string } | { text: string }

const REQUIRED: RequestFormField[] = ['customerName', 'contactPhone', 'deviceModel', 'problemDescription']

export function emptyForm(): RequestFormValues {
  return {
    customerName: '',
    unp: '',
    contactPhone: '',
    contactEmail: '',
    deviceModel: '',
    serialNumber: '',
    problemDescription: '',
    priority: '',
    category: '',
    deviceType: '',
    region: '',
  }
}

/** Trimmed command; optional fields left blank become null (the rules then pick priority, category, type). */
export function toCommand(values: RequestFormValues): RegisterRequestCommand {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim())
  return {
    customerName: values.customerName.trim(),
    unp: optional(values.unp),
    contactPhone: values.contactPhone.trim(),
    contactEmail: optional(values.contactEmail),
    deviceModel: values.deviceModel.trim(),
    serialNumber: optional(values.serialNumber),
    problemDescription: values.problemDescription.trim(),
    priority: values.priority || null,
    category: values.category || null,
    deviceType: values.deviceType || null,
    region: optional(values.region),
  }
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

/** Only the obvious checks; the server has the last word and its 400 is shown field by field. */
export function validate(values: RequestFormValues): Partial<Record<RequestFormField, FieldMessage>> {
  const errors: Partial<Record<RequestFormField, FieldMessage>> = {}
  for (const field of REQUIRED) {
    if (values[field].trim() === '') errors[field] = { key: 'form.required' }
  }
  const unp = values.unp.trim()
  if (unp !== '' && unp.length !== 9) errors.unp = { key: 'form.unpLength' }
  const email = values.contactEmail.trim()
  if (email !== '' && !EMAIL.test(email)) errors.contactEmail = { key: 'form.emailInvalid' }
  return errors
}

export function useRequestForm() {
  const values = reactive<RequestFormValues>(emptyForm())
  const fieldErrors = ref<Partial<Record<RequestFormField, FieldMessage>>>({})
  /** A message not tied to one field (server detail, network); null when there is none. */
  const formError = ref<FieldMessage | null>(null)
  const submitting = ref(false)

  function clearError(field: RequestFormField): void {
    if (fieldErrors.value[field]) {
      const { [field]: _removed, ...rest } = fieldErrors.value
      fieldErrors.value = rest
    }
  }

  /** The registered request, or null when it was refused (errors are then set). */
  async function submit(): Promise<RequestView | null> {
    formError.value = null
    fieldErrors.value = validate(values)
    if (Object.keys(fieldErrors.value).length > 0) {
      formError.value = { key: 'form.invalid' }
      return null
    }
    submitting.value = true
    try {
      return await requestsApi.register(toCommand(values))
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const byField: Partial<Record<RequestFormField, FieldMessage>> = {}
        const elsewhere: string[] = []
        for (const [field, text] of Object.entries(error.fieldErrors)) {
          if (field in values) byField[field as RequestFormField] = { text }
          else elsewhere.push(text)
        }
        fieldErrors.value = byField
        if (elsewhere.length > 0) formError.value = { text: elsewhere.join('; ') }
        else if (Object.keys(byField).length > 0) formError.value = { key: 'form.invalid' }
        else formError.value = error.problem.detail ? { text: error.problem.detail } : { key: 'form.failed' }
      } else {
        throw error
      }
      return null
    } finally {
      submitting.value = false
    }
  }

  return { values, fieldErrors, formError, submitting, submit, clearError }
}
