// Screening actions on a resident's report (/api/v1/admin/reports). Each returns the
// updated ReportView; a 409 problem means the report moved on meanwhile.
const base = (id) => `/admin/reports/${encodeURIComponent(id)}`

export const screeningActions = {
  accept: (api, id) => api.post(`${base(id)}/accept`),
  reject: (api, id, reason) => api.post(`${base(id)}/reject`, { reason }),
  duplicate: (api, id, of) => api.post(`${base(id)}/duplicate`, { of }),
  update: (api, id, patch) => api.patch(base(id), patch)
}

// "环境卫生 / 垃圾堆放" labels for a flat category select.
export function categoryOptions(categories) {
  const names = new Map((categories ?? []).map((c) => [c.code, c.name]))
  return (categories ?? []).map((c) => ({
    value: c.code,
    label: c.parent ? `${names.get(c.parent) ?? c.parent} / ${c.name}` : c.name
  }))
}
