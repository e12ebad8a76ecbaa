import { describe, expect, it, vi } from 'vitest'
import { createReportSubmitter, reportBody, validLocation } from '@/portal/report-submit.js'
import { ApiError } from '@/shared/api-client.js'
import { categoryTree, newIdempotencyKey } from '@/shared/reports.js'

const form = () => ({
  category: 'OTHER', description: ' 井盖松动 ', address: '',
  location: { lat: '32.0603', lng: '118.7969', accuracy: null },
  anonymous: false, urgent: true, contactConsent: true
})

describe('report submission', () => {
  it('keeps the key for a retried report and starts a new one for a changed report or after success', async () => {
    const api = { post: vi.fn().mockRejectedValueOnce(new ApiError({ status: 0 })).mockResolvedValue({ id: 1 }) }
    let n = 0
    const submitter = createReportSubmitter(api, () => `key-${++n}`)
    const body = reportBody(form(), [{ status: 'done', mediaId: 'm-1' }, { status: 'failed' }])

    await expect(submitter.submit(body)).rejects.toThrow()
    await submitter.submit(body)
    await submitter.submit({ ...body, description: 'other' })
    const keys = api.post.mock.calls.map(([, , options]) => options.headers['Idempotency-Key'])
    expect(keys).toEqual(['key-1', 'key-1', 'key-2'])
  })

  it('builds the request body with numbers, WGS-84 and only uploaded photos', () => {
    expect(reportBody(form(), [{ status: 'done', mediaId: 'm-1' }, { status: 'failed' }])).toEqual({
      category: 'OTHER',
      description: '井盖松动',
      location: { lat: 32.0603, lng: 118.7969, crs: 'wgs84', accuracy: null, address: '' },
      mediaIds: ['m-1'],
      anonymous: false,
      contactConsent: true,
      urgent: true
    })
  })

  it('checks the location and builds the category tree', () => {
    expect(validLocation({ lat: '32.06', lng: '118.79' })).toBe(true)
    expect(validLocation({ lat: '', lng: '118.79' })).toBe(false)
    expect(validLocation({ lat: '91', lng: '118.79' })).toBe(false)
    const tree = categoryTree([
      { code: 'A', parent: null, name: 'a' },
      { code: 'A1', parent: 'A', name: 'a1' },
      { code: 'B', parent: null, name: 'b' }
    ])
    expect(tree.map((c) => [c.code, c.children.map((k) => k.code)])).toEqual([['A', ['A1']], ['B', []]])
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
