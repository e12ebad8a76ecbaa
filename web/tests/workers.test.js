import { describe, expect, it } from 'vitest'
import { workerDraft, workerForm } from '@/console/workers.js'

describe('worker form', () => {
  it('starts a new worker on duty, full-time, as a grid worker', () => {
    expect(workerForm(null)).toMatchObject({ role: 'GRID_WORKER', fullTime: true, onDuty: true, gridCodes: [] })
  })

  it('sends trimmed texts, empty optional ones as null and each grid once', () => {
    const form = workerForm({ name: ' 张伟 ', role: 'GRID_CHIEF', fullTime: false, onDuty: false, gridCodes: ['320102001001001'] })
    form.officePhone = ' 025-84001234 '
    form.duties = '  '
    form.gridCodes.push('320102001001001', ' 320102001001002 ')
    expect(workerDraft(form)).toEqual({
      name: '张伟',
      role: 'GRID_CHIEF',
      fullTime: false,
      photoMediaId: null,
      officePhone: '025-84001234',
      privatePhone: null,
      duties: null,
      serviceHours: null,
      onDuty: false,
      gridCodes: ['320102001001001', '320102001001002']
    })
  })

  it('does not share the grid list with the worker it was made from', () => {
    const worker = { name: 'a', gridCodes: ['1'] }
    workerForm(worker).gridCodes.push('2')
    expect(worker.gridCodes).toEqual(['1'])
  })
})
