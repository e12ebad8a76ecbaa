// Loading a service request and taking steps on it: shared by the resident's detail page and
// the grid worker's. `path` is the request's API path (a getter, as props may change).
import { ref } from 'vue'
import { api } from './session.js'

export function useRequestActions(path) {
  const request = ref(null)
  const error = ref('')
  const busy = ref(false)

  async function load() {
    error.value = ''
    try {
      request.value = await api.get(path())
    } catch (e) {
      error.value = e.message
    }
  }

  /** POSTs `${path}/${action}`; the answer is the request as it is now. True when it worked. */
  async function act(action, body = {}) {
    error.value = ''
    busy.value = true
    try {
      request.value = await api.post(`${path()}/${action}`, body)
      return true
    } catch (e) {
      error.value = e.message
      return false
    } finally {
      busy.value = false
    }
  }

  return { request, error, busy, load, act }
}

/** The browser's position (WGS-84) as a promise; rejects with 'unsupported' or 'denied'. */
export function browserPosition() {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) {
      reject(new Error('unsupported'))
      return
    }
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: coords.latitude, lng: coords.longitude }),
      () => reject(new Error('denied')),
      { enableHighAccuracy: true, timeout: 15000 }
    )
  })
}

/** What to tell the resident when locating failed (or the API's own message). */
export function positionProblem(t, error) {
  if (error.message === 'unsupported') return t('homeGrid.noGeolocation')
  if (error.message === 'denied') return t('homeGrid.locationDenied')
  return error.message
}
