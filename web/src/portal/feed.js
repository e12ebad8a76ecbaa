// A resident's list that grows with "load more" (my reports, my messages): pages from 0.
import { reactive } from 'vue'
import { api, auth } from './session.js'

export function useFeed(path, { size = 20, onPage } = {}) {
  const list = reactive({ items: [], page: 0, totalPages: 0, loading: false, error: '' })

  async function load(page = 0) {
    if (!auth.signedIn.value) return
    list.loading = true
    list.error = ''
    try {
      const body = await api.get(path, { query: { page, size } })
      // Empty lists are left out of the JSON.
      const items = body.items ?? []
      list.items = page === 0 ? items : [...list.items, ...items]
      list.page = body.page
      list.totalPages = body.totalPages
      onPage?.(body)
    } catch (e) {
      list.error = e.message
    } finally {
      list.loading = false
    }
  }

  return { list, load }
}
