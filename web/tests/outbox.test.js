import { describe, expect, it, vi } from 'vitest'
import { attemptTone, canRedrive, caseHistory, messageTone, outboxQuery, redrive } from '@/console/outbox.js'
import { GOVERNANCE_ROLES, routes } from '@/console/router.js'

describe('governance outbox (console)', () => {
  it('asks the backend for the chosen state and nothing else', () => {
    expect(outboxQuery('FAILING')).toEqual({ status: 'FAILING' })
    expect(outboxQuery('DEAD')).toEqual({ status: 'DEAD' })
    expect(outboxQuery('whatever')).toEqual({})
  })

  it('colours messages and attempts by outcome and redrives only what was not sent', () => {
    expect(messageTone({ status: 'PENDING', attempts: 0 })).toBe('info')
    expect(messageTone({ status: 'PENDING', attempts: 2 })).toBe('warning')
    expect(messageTone({ status: 'DEAD', attempts: 1 })).toBe('danger')
    expect(messageTone({ status: 'SENT', attempts: 1 })).toBe('success')
    expect(attemptTone({ reason: 'ok' })).toBe('success')
    expect(attemptTone({ reason: 'rejected' })).toBe('danger')
    expect(attemptTone({ reason: 'server-error' })).toBe('warning')
    expect(canRedrive({ status: 'DEAD' })).toBe(true)
    expect(canRedrive({ status: 'SENT' })).toBe(false)
  })

  it('calls the redrive and case history endpoints', async () => {
    const api = { post: vi.fn().mockResolvedValue({}), get: vi.fn().mockResolvedValue({ messages: [], events: [] }) }
    await redrive(api, 12)
    await caseHistory(api, 4711)
    expect(api.post).toHaveBeenCalledWith('/admin/governance/outbox/12/redrive', {})
    expect(api.get).toHaveBeenCalledWith('/admin/governance/cases/4711/history')
  })

  it('is a staff page', () => {
    const layout = routes.find((r) => r.path === '/')
    const outbox = layout.children.find((r) => r.name === 'outbox')
    expect(outbox.meta.roles).toEqual(GOVERNANCE_ROLES)
    expect(GOVERNANCE_ROLES).not.toContain('GRID_WORKER')
  })
})
