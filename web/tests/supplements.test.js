import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/shared/api-client.js'
import { createSupplementSender, isEmptySupplement, supplementBody } from '@/shared/supplements.js'

describe('supplements (answer to a request for more information)', () => {
  it('sends trimmed text and only uploaded photos', () => {
    const body = supplementBody('  在3号楼东侧 ', [{ status: 'done', mediaId: 'm-1' }, { status: 'failed' }])
    expect(body).toEqual({ text: '在3号楼东侧', mediaIds: ['m-1'] })
    expect(isEmptySupplement(body)).toBe(false)
    expect(isEmptySupplement(supplementBody('   ', [{ status: 'uploading' }]))).toBe(true)
    expect(supplementBody('', [{ status: 'done', mediaId: 'm-2' }])).toEqual({ text: null, mediaIds: ['m-2'] })
  })

  it('keeps the key while the same answer is retried and starts a new one after success or a change', async () => {
    const api = { post: vi.fn().mockRejectedValueOnce(new ApiError({ status: 0 })).mockResolvedValue({ id: 7 }) }
    let n = 0
    const sender = createSupplementSender(api, () => `key-${++n}`)
    const body = { text: '补充', mediaIds: [] }
    await expect(sender.send(7, body)).rejects.toThrow()
    await sender.send(7, body)
    await sender.send(7, { text: '再补充', mediaIds: [] })
    expect(api.post.mock.calls.map(([path]) => path)).toEqual([
      '/reports/7/supplements', '/reports/7/supplements', '/reports/7/supplements'
    ])
    const keys = api.post.mock.calls.map(([, , options]) => options.headers['Idempotency-Key'])
    expect(keys).toEqual(['key-1', 'key-1', 'key-2'])
  })
})
