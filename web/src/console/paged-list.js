// Loads one page of a `{items, page, size, totalItems, totalPages}` list endpoint.
// The API counts pages from 0; Element Plus pagination counts from 1.
import { reactive } from 'vue'

// `filters` (optional) returns extra query parameters, e.g. () => ({ area: 'A01' }).
export function usePagedList(api, path, { size = 20, filters } = {}) {
  const list = reactive({ items: [], page: 1, size, totalItems: 0, loading: false, error: '' })

  async function load(page = list.page) {
    list.loading = true
    list.error = ''
    try {
      const body = await api.get(path, { query: { ...filters?.(), page: page - 1, size: list.size } })
      list.items = body?.items ?? []
      list.totalItems = body?.totalItems ?? list.items.length
      list.page = (body?.page ?? page - 1) + 1
    } catch (e) {
      list.error = e.message
    } finally {
      list.loading = false
    }
  }

  return { list, load }
}
