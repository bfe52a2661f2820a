import { describe, expect, it } from 'vitest'
import { fieldErrorsOf, rowKey, unplacedErrors } from './field-errors'
import { ApiError } from './http'

describe('field errors', () => {
  it('turns list element paths into row keys', () => {
    expect(rowKey('rules[2].match')).toBe('2.match')
    expect(rowKey('[0].plan[1].kind')).toBe('0.plan.1.kind')
    expect(rowKey('email')).toBe('email')
  })

  it('keeps the first message of each field of a 400 problem', () => {
    const error = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'email', message: 'некорректный адрес' },
        { field: 'email', message: 'second' },
        { field: 'rules[1].description', message: 'не должно быть пустым' },
      ],
    })
    expect(fieldErrorsOf(error)).toEqual({ email: 'некорректный адрес', '1.description': 'не должно быть пустым' })
    expect(fieldErrorsOf(new Error('x'))).toEqual({})
  })

  it('lists the messages no field shows', () => {
    const errors = { email: 'a', rules: 'b', '3.match': 'c' }
    expect(unplacedErrors(errors, (key) => key === 'email')).toEqual(['b', 'c'])
  })
})
