// The staff member's session: token store and the API client that uses it.
import { createApiClient } from '@/shared/api-client.js'
import { createAuthStore } from '@/shared/auth-store.js'

export const auth = createAuthStore('gridlink.console')

export const api = createApiClient({
  auth,
  // Token expired or revoked: drop it and send the user back to the login page.
  onUnauthorized: () => {
    auth.signOut()
    if (!window.location.hash.startsWith('#/login')) window.location.hash = '#/login'
  }
})
