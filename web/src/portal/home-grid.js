// The resident's home grid (PUT /me/home-grid), kept free of Vue so it is unit-tested.
import { api } from './session.js'

/** Current home grid view ({gridCode, name, since}) or null. */
export async function loadHomeGrid() {
  return (await api.get('/me/home-grid'))?.homeGrid ?? null
}

/** Chooses a grid by code; returns the saved home grid. */
export async function chooseHomeGrid(gridCode) {
  return (await api.put('/me/home-grid', { gridCode })).homeGrid
}

/**
 * Tries a browser position (WGS-84). Returns {set: true, homeGrid} when the point is clearly in
 * one grid, or {set: false, choices, approximate, distanceMetres} for the resident to pick from.
 */
export async function homeGridAt(lat, lng) {
  const answer = await api.put('/me/home-grid', { lat, lng, crs: 'wgs84' })
  if (answer.set) return { set: true, homeGrid: answer.homeGrid }
  const located = answer.located
  const choices = [located.grid, ...(located.candidates ?? [])].filter(
    (g, i, all) => all.findIndex((o) => o.code === g.code) === i
  )
  return {
    set: false,
    choices,
    approximate: Boolean(located.approximate),
    distanceMetres: located.distanceMetres ?? null
  }
}
