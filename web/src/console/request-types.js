// The request type editor's data, kept free of Vue so it is unit-tested.

export function emptyField() {
  return { key: '', labelZh: '', labelEn: '', type: 'TEXT', required: true, maxLength: 200, options: [], optionsText: '' }
}

/** The PUT body for /admin/service-request-types/{code} from the editor's form. */
export function draftOf(form) {
  return {
    nameZh: form.nameZh.trim(),
    nameEn: form.nameEn.trim(),
    responseHours: Number(form.responseHours),
    sortOrder: Number(form.sortOrder),
    active: Boolean(form.active),
    fields: form.fields.map((f) => ({
      key: f.key.trim(),
      labelZh: f.labelZh.trim(),
      labelEn: f.labelEn.trim(),
      type: f.type,
      required: Boolean(f.required),
      maxLength: Number(f.maxLength),
      options:
        f.type === 'CHOICE'
          ? (f.optionsText ?? '').split(/[,，]/).map((o) => o.trim()).filter(Boolean)
          : []
    }))
  }
}
