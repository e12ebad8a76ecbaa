// Browser test of the home grid and a service request against a running GridLink backend:
//   BASE_URL=http://127.0.0.1:8080 npm run e2e:services
// A resident signs in with dev sign-in, sets their home grid by searching the community of the
// demo city centre's grid, asks for help (a consultation), and sees the request with its
// timeline in "my requests". Uses the machine's Chromium through playwright-core.
import { join } from 'node:path'
import { OUT_DIR, check, collectErrors, exitWith, log, requireEnv, runInChromium } from './harness.mjs'

const CENTRE = { lat: '32.0603', lng: '118.7969' } // the demo district the embedded default seeds
const env = requireEnv(['BASE_URL'])
const baseUrl = env.BASE_URL.replace(/\/+$/, '')

/** The grid at the demo centre and its community's name, straight from the API. */
async function centreGrid() {
  const response = await fetch(`${baseUrl}/api/v1/grids/locate?lat=${CENTRE.lat}&lng=${CENTRE.lng}&crs=wgs84`)
  if (!response.ok) exitWith(`locate answered HTTP ${response.status}: is the demo district seeded?`)
  const found = await response.json()
  return { code: found.grid.code, name: found.grid.name, community: found.chain.at(-1).name }
}

async function residentSignsIn(page) {
  log('portal: sign in (dev sign-in)')
  const response = await page.goto(`${baseUrl}/#/me`, { waitUntil: 'networkidle' })
  check(response?.ok(), `portal answered HTTP ${response?.status()}`)
  await page.getByTestId('dev-login-name').locator('input').fill(`E2E 求助 ${Date.now().toString(36)}`)
  await page.getByTestId('dev-login-submit').click()
  await page.getByTestId('me-home-grid').waitFor()
}

async function residentSetsHomeGrid(page, grid) {
  log(`portal: home grid by searching ${grid.community}`)
  await page.getByTestId('me-home-grid').click()
  await page.getByTestId('home-grid-none').or(page.getByTestId('home-grid-current')).first().waitFor()
  await page.getByTestId('home-grid-search').locator('input').fill(grid.community)
  await page.getByTestId('home-grid-search-go').click()
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/home-grid') && r.request().method() === 'PUT')
  await page.getByTestId(`choose-${grid.code}`).click()
  check((await saved).ok(), `saving the home grid answered HTTP ${(await saved).status()}`)
  await page.getByTestId('home-grid-current').getByText(grid.name).waitFor()
}

async function residentAsksForHelp(page, grid) {
  log('portal: request help (consultation) for the home grid')
  await page.goto(`${baseUrl}/#/services`, { waitUntil: 'networkidle' })
  await page.getByTestId('type-CONSULTATION').click()
  await page.getByTestId('request-grid').getByText(grid.name).waitFor()
  await page.getByTestId('answer-question').locator('textarea').fill('老旧小区加装电梯需要哪些材料？')
  const sent = page.waitForResponse((r) => r.url().endsWith('/api/v1/service-requests') && r.request().method() === 'POST')
  await page.getByTestId('request-submit').click()
  const response = await sent
  check(response.status() === 201, `submit answered HTTP ${response.status()}`)
  const request = await response.json()
  check(request.gridCode === grid.code, `request went to ${request.gridCode}, not the home grid ${grid.code}`)
  log(`portal: request ${request.id} shows its timeline`)
  await page.getByTestId('request-timeline').getByText('提交诉求').waitFor()
  await page.goto(`${baseUrl}/#/requests`, { waitUntil: 'networkidle' })
  await page.getByTestId(`request-${request.id}`).waitFor()
  console.log(`  request ${request.id}, grid ${request.gridCode}, status ${request.status}`)
}

async function run({ page }) {
  const grid = await centreGrid()
  const errors = collectErrors(page, 'portal')
  await residentSignsIn(page)
  await residentSetsHomeGrid(page, grid)
  await residentAsksForHelp(page, grid)
  check(errors.length === 0, `browser console errors:\n  ${errors.join('\n  ')}`)
}

runInChromium({
  timeoutMs: 120_000,
  screenshot: join(OUT_DIR, 'service-request-flow.png'),
  failureScreenshot: join(OUT_DIR, 'service-request-flow-failure.png'),
  run
})
