// Helpers of the console's worker management, free of Vue so they are unit-tested.

export const WORKER_ROLES = ['GRID_CHIEF', 'GRID_MANAGER', 'GRID_WORKER', 'GRID_INFORMANT']

/** An empty form, or the form of an existing worker (as GET /admin/workers returns it). */
export function workerForm(worker) {
  return {
    name: worker?.name ?? '',
    role: worker?.role ?? 'GRID_WORKER',
    fullTime: worker?.fullTime ?? true,
    photoMediaId: worker?.photoMediaId ?? null,
    officePhone: worker?.officePhone ?? '',
    privatePhone: worker?.privatePhone ?? '',
    duties: worker?.duties ?? '',
    serviceHours: worker?.serviceHours ?? '',
    onDuty: worker?.onDuty ?? true,
    gridCodes: [...(worker?.gridCodes ?? [])]
  }
}

const orNull = (text) => {
  const trimmed = (text ?? '').trim()
  return trimmed ? trimmed : null
}

/** The form as the API's WorkerDraft: trimmed, empty optional texts as null, each grid once. */
export function workerDraft(form) {
  return {
    name: (form.name ?? '').trim(),
    role: form.role,
    fullTime: Boolean(form.fullTime),
    photoMediaId: form.photoMediaId || null,
    officePhone: orNull(form.officePhone),
    privatePhone: orNull(form.privatePhone),
    duties: orNull(form.duties),
    serviceHours: orNull(form.serviceHours),
    onDuty: Boolean(form.onDuty),
    gridCodes: [...new Set((form.gridCodes ?? []).map((c) => String(c).trim()).filter(Boolean))]
  }
}
