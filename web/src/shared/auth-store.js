// Minimal auth store: the bearer token lives in sessionStorage so it dies with the tab.
// Each app gets its own key, so a resident and a staff session never mix.
import { computed, reactive } from 'vue'

function read(key) {
  try {
    return sessionStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key, value) {
  try {
    if (value == null) sessionStorage.removeItem(key)
    else sessionStorage.setItem(key, value)
  } catch {
    // Storage unavailable: the session lasts until the page is reloaded.
  }
}

function parseUser(raw) {
  try {
    return raw ? JSON.parse(raw) : null
  } catch {
    return null
  }
}

export function createAuthStore(storageKey) {
  const tokenKey = `${storageKey}.token`
  const userKey = `${storageKey}.user`
  const state = reactive({ token: read(tokenKey), user: parseUser(read(userKey)) })

  function setUser(user) {
    state.user = user ? { ...state.user, ...user } : null
    write(userKey, state.user ? JSON.stringify(state.user) : null)
  }

  // Accepts the token response of /auth/login or /auth/dev.
  function signIn(tokenResponse) {
    state.token = tokenResponse.accessToken
    write(tokenKey, state.token)
    state.user = null
    setUser({
      subject: tokenResponse.subject,
      displayName: tokenResponse.displayName,
      roles: tokenResponse.roles ?? [],
      passwordChangeRequired: Boolean(tokenResponse.passwordChangeRequired)
    })
  }

  function signOut() {
    state.token = null
    state.user = null
    write(tokenKey, null)
    write(userKey, null)
  }

  const signedIn = computed(() => Boolean(state.token))

  function hasRole(role) {
    return Boolean(state.user?.roles?.includes(role))
  }

  return { state, signedIn, setUser, signIn, signOut, hasRole }
}
