// The resident's session: token store and the API client that uses it.
import { createApiClient } from '@/shared/api-client.js'
import { createAuthStore } from '@/shared/auth-store.js'

export const auth = createAuthStore('gridlink.portal')

export const api = createApiClient({
  auth,
  // An expired or revoked token: forget it, the "我的" page offers sign-in again.
  onUnauthorized: () => auth.signOut()
})
