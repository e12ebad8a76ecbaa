import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createConsoleRouter } from '@/console/router.js'
import { auth } from '@/console/session.js'

function signInAs(roles, passwordChangeRequired = false) {
  auth.signIn({ accessToken: 't', subject: 's', displayName: 'D', roles, passwordChangeRequired })
}

async function landOn(path) {
  const router = createConsoleRouter(createMemoryHistory())
  await router.push(path)
  return router.currentRoute.value
}

describe('console route guard', () => {
  beforeEach(() => auth.signOut())

  it('sends anonymous visitors to the login page, remembering where they wanted to go', async () => {
    const route = await landOn('/audit')
    expect(route.name).toBe('login')
    expect(route.query.redirect).toBe('/audit')
  })

  it('forces a password change before anything else', async () => {
    signInAs(['ADMIN'], true)
    expect((await landOn('/overview')).name).toBe('change-password')
  })

  it('keeps staff accounts for administrators only', async () => {
    signInAs(['STAFF'])
    expect((await landOn('/staff')).name).toBe('overview')
    signInAs(['ADMIN'])
    expect((await landOn('/staff')).name).toBe('staff')
  })

  it('skips the login page when already signed in', async () => {
    signInAs(['STAFF'])
    expect((await landOn('/login')).name).toBe('overview')
  })
})
