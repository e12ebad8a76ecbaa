// Helpers of "find my grid worker" and the notice board, kept free of Vue so they are unit-tested.

/** A phone number as a tel: link (digits and a leading + only), or '' when there is none. */
export function telHref(phone) {
  if (!phone) return ''
  const digits = String(phone).replace(/[^\d+]/g, '')
  return digits ? `tel:${digits}` : ''
}

/** Search hits as one list of grids to pick from, each with the community it belongs to. */
export function gridsFromHits(hits) {
  const seen = new Set()
  const out = []
  for (const hit of hits || []) {
    const community = hit.chain?.[hit.chain.length - 1]?.name ?? ''
    for (const grid of hit.grids || []) {
      if (seen.has(grid.code)) continue
      seen.add(grid.code)
      out.push({ ...grid, community })
    }
  }
  return out
}

/** The chain (district · street · community) as one line. */
export function chainLine(chain) {
  return (chain || []).map((a) => a.name).join(' · ')
}
