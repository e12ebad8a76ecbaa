import { describe, expect, it } from 'vitest'
import { chainLine, gridsFromHits, telHref } from '@/portal/grids.js'

describe('find my grid worker helpers', () => {
  it('turns office phones into tel: links', () => {
    expect(telHref('025-8400 1234')).toBe('tel:02584001234')
    expect(telHref('+86 25 8400 1234')).toBe('tel:+862584001234')
    expect(telHref(null)).toBe('')
  })

  it('lists each grid of the search hits once, with its community', () => {
    const chain = [{ name: '玄武区' }, { name: '梅园街道' }, { name: '梅园新村社区' }]
    const hits = [
      { kind: 'COMMUNITY', chain, grids: [{ code: '1', name: '第1网格' }, { code: '2', name: '第2网格' }] },
      { kind: 'GRID', chain, grids: [{ code: '2', name: '第2网格' }] }
    ]
    expect(gridsFromHits(hits).map((g) => g.code)).toEqual(['1', '2'])
    expect(gridsFromHits(hits)[0].community).toBe('梅园新村社区')
    expect(chainLine(chain)).toBe('玄武区 · 梅园街道 · 梅园新村社区')
  })
})
