// Client-side mirror of the backend's password policy, for instant feedback only:
// the server stays the authority and its 400 field errors are shown as well.
export const MIN_PASSWORD_LENGTH = 12

/** @returns {string|null} an i18n key describing the first broken rule, or null */
export function passwordProblem(password, username) {
  if (!password || password.length < MIN_PASSWORD_LENGTH) return 'console.password.tooShort'
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'console.password.needsLettersAndDigits'
  if (username && password.toLowerCase() === username.toLowerCase()) return 'console.password.sameAsUsername'
  return null
}
