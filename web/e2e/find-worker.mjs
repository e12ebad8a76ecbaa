// Browser test of "find my grid worker" against a running GridLink backend (not part of `npm test`):
//   BASE_URL=http://127.0.0.1:8080 node e2e/find-worker.mjs
// A resident finds their grid's notice board by searching their community, by the browser's
// location (Chromium's geolocation set to a point in the seeded demo district) and by tapping the
// map, and lands on a board with tap-to-call office phones. Needs the demo district seeded
// (embedded default). Uses the machine's Chromium through playwright-core; nothing is downloaded.
import { join } from 'node:path'
import { OUT_DIR, check, collectErrors, log, requireEnv, runInChromium } from './harness.mjs'

// Inside the demo district the embedded default seeds (Nanjing's centre).
const HOME = { latitude: 32.0603, longitude: 118.7969 }

const env = requireEnv(['BASE_URL'])
const baseUrl = env.BASE_URL.replace(/\/+$/, '')

/** What the API says about HOME: the grid and its community, to compare the pages against. */
async function expectedGrid() {
  const response = await fetch(`${baseUrl}/api/v1/grids/locate?lat=${HOME.latitude}&lng=${HOME.longitude}`)
  check(response.ok, `locate answered HTTP ${response.status}: is the demo district seeded?`)
  const found = await response.json()
  return { code: found.grid.code, name: found.grid.name, community: found.chain[found.chain.length - 1].name }
}

async function landsOnBoard(page, grid) {
  await page.waitForURL(new RegExp(`#/g/${grid.code}$`))
  const name = await page.getByTestId('board-grid-name').innerText()
  check(name === grid.name, `board shows "${name}", expected "${grid.name}"`)
  const workers = await page.getByTestId('board-worker').count()
  check(workers > 0, 'the board lists no workers')
  const tel = page.locator('a[href^="tel:"]').first()
  await tel.waitFor({ state: 'visible' })
  const href = await tel.getAttribute('href')
  check(/^tel:[+\d]{5,}$/.test(href), `office phone link is "${href}"`)
}

async function byCommunity(page, grid) {
  log(`portal: search the community "${grid.community}"`)
  const response = await page.goto(`${baseUrl}/#/find-worker`, { waitUntil: 'networkidle' })
  check(response?.ok(), `portal answered HTTP ${response?.status()}`)
  await page.getByTestId('find-search').locator('input').fill(grid.community)
  await page.getByTestId('find-search-go').click()
  log(`portal: pick grid ${grid.code} from the results`)
  await page.getByTestId(`grid-${grid.code}`).click()
  await landsOnBoard(page, grid)
}

async function byLocation(context, page, grid) {
  log(`portal: use my location (${HOME.latitude}, ${HOME.longitude})`)
  await context.grantPermissions(['geolocation'], { origin: baseUrl })
  await context.setGeolocation({ ...HOME, accuracy: 10 })
  await page.goto(`${baseUrl}/#/find-worker`, { waitUntil: 'networkidle' })
  await page.getByTestId('find-by-location').click()
  await landsOnBoard(page, grid)
}

async function byMapTap(page) {
  log('portal: tap the middle of the map (centred on the demo city)')
  await page.goto(`${baseUrl}/#/find-worker`, { waitUntil: 'networkidle' })
  const map = page.getByTestId('grid-map')
  await map.waitFor({ state: 'visible' })
  const located = page.waitForResponse((r) => r.url().includes('/api/v1/grids/locate'))
  await map.click()
  const answer = await located
  check(answer.ok(), `locate after the tap answered HTTP ${answer.status()}`)
  await page.getByTestId('map-found-grid').click()
  await page.waitForURL(/#\/g\/\d{15}$/)
  await page.getByTestId('board-grid-name').waitFor({ state: 'visible' })
}

await runInChromium({
  timeoutMs: 120_000,
  screenshot: join(OUT_DIR, 'find-worker.png'),
  failureScreenshot: join(OUT_DIR, 'find-worker-failure.png'),
  run: async ({ context, page }) => {
    const errors = collectErrors(page, 'portal')
    const grid = await expectedGrid()
    await byCommunity(page, grid)
    await byLocation(context, page, grid)
    await byMapTap(page)
    check(errors.length === 0, `the pages logged errors:\n${errors.join('\n')}`)
  }
})
