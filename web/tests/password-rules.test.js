import { describe, expect, it } from 'vitest'
import { passwordProblem } from '@/console/password-rules.js'

describe('password rules (client-side mirror)', () => {
  it.each([
    ['short1', 'admin', 'console.password.tooShort'],
    ['onlyletterslong', 'admin', 'console.password.needsLettersAndDigits'],
    ['123456789012', 'admin', 'console.password.needsLettersAndDigits'],
    ['Operator2026x', 'operator2026X', 'console.password.sameAsUsername'],
    ['Stronger-Pass-2026', 'admin', null]
  ])('%s for user %s → %s', (password, username, expected) => {
    expect(passwordProblem(password, username)).toBe(expected)
  })
})
