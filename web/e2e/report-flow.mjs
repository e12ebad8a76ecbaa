// Browser test of the 随手拍 flow against a running GridLink backend (not part of `npm test`):
//   BASE_URL=http://127.0.0.1:8080 ADMIN_USERNAME=admin ADMIN_PASSWORD=... ADMIN_NEW_PASSWORD=... npm run e2e:report
// A resident signs in with dev sign-in, reports a photo (FIXTURE_PHOTO) at the demo city centre,
// staff accept it in the console, and the resident's "my reports" shows it as accepted.
// Uses the machine's Chromium through playwright-core; nothing is downloaded.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import {
  OUT_DIR, check, collectErrors, consoleSignIn, exitWith, firstVisible, log, problemText, requireEnv, runInChromium
} from './harness.mjs'

const STEP_TIMEOUT_MS = 15_000
const FIXTURE_PHOTO = process.env.FIXTURE_PHOTO || '/work/shared/fixtures/photos/jpg/gps/DSCN0010.jpg'
const LOCATION = { lat: '32.0603', lng: '118.7969' } // the demo city centre the embedded default seeds
const MAX_QUEUE_PAGES = 20

const env = requireEnv(['BASE_URL', 'ADMIN_USERNAME', 'ADMIN_PASSWORD', 'ADMIN_NEW_PASSWORD'])
if (!existsSync(FIXTURE_PHOTO)) exitWith(`fixture photo not found: ${FIXTURE_PHOTO} (set FIXTURE_PHOTO)`)
const baseUrl = env.BASE_URL.replace(/\/+$/, '')

// The browser logs failed HTTP requests as console errors; the expected 401 of trying the
// admin's new password first is not one.
const expected401 = (text) => /Failed to load resource: .* 401/.test(text)

async function residentSignsIn(page) {
  log('portal: open 随手拍 (asks to sign in)')
  const response = await page.goto(`${baseUrl}/#/report`, { waitUntil: 'networkidle' })
  check(response?.ok(), `portal answered HTTP ${response?.status()}`)
  await page.getByTestId('report-sign-in').getByRole('button').click()
  log('portal: dev sign-in as a resident')
  // Dev sign-in keys the resident on the name: a fresh name per run keeps clear of the 20-a-day limit.
  await page.getByTestId('dev-login-name').locator('input').fill(`E2E 居民 ${Date.now().toString(36)}`)
  await page.getByTestId('dev-login-submit').click()
  const outcome = await firstVisible({
    form: page.getByTestId('report-submit'),
    unavailable: page.getByTestId('me-use-mini-program'),
    error: page.locator('.me__error')
  })
  check(outcome !== 'unavailable', 'dev sign-in is not available: run the backend in embedded/dev mode')
  check(outcome === 'form', `dev sign-in failed: ${await page.locator('.me__error').innerText().catch(() => '?')}`)
}

async function residentReports(page) {
  log(`portal: add the photo ${FIXTURE_PHOTO}`)
  const upload = page.waitForResponse((r) => r.url().endsWith('/api/v1/media') && r.request().method() === 'POST')
  await page.getByTestId('report-photos').locator('input[type="file"]').setInputFiles(FIXTURE_PHOTO)
  const uploaded = await upload
  check(uploaded.status() === 201, `photo upload failed: ${await problemText(uploaded)}`)
  await page.locator('.van-uploader__preview').first().waitFor({ state: 'visible' })
  await page.locator('.van-uploader__mask').waitFor({ state: 'detached' })

  log('portal: category 其他, description, manual location')
  await page.getByTestId('report-category').click()
  await page.locator('.van-cascader__option').filter({ hasText: /^\s*(其他|Other)\s*$/ }).first().click()
  await page.getByTestId('report-description').locator('textarea').fill(`E2E 随手拍 ${new Date().toISOString()}`)
  await page.getByTestId('report-lat').locator('input').fill(LOCATION.lat)
  await page.getByTestId('report-lng').locator('input').fill(LOCATION.lng)

  log('portal: submit (report anyway if an earlier run left one nearby)')
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/reports') && r.request().method() === 'POST', { timeout: 30_000 })
  await page.getByTestId('report-submit').click()
  let outcome = await firstVisible({
    result: page.getByTestId('report-tracking-code'),
    nearby: page.getByTestId('nearby-report-anyway'),
    error: page.getByTestId('report-error')
  })
  if (outcome === 'nearby') {
    await page.getByTestId('nearby-report-anyway').click()
    outcome = await firstVisible({ result: page.getByTestId('report-tracking-code'), error: page.getByTestId('report-error') })
  }
  check(outcome === 'result', `report rejected: ${await page.getByTestId('report-error').innerText().catch(() => '?')}`)
  const response = await created
  check(response.status() === 201, `POST /reports answered ${await problemText(response)}`)
  const report = await response.json()
  const shown = (await page.getByTestId('report-tracking-code').innerText()).trim()
  check(shown === report.trackingCode, `tracking code shown "${shown}" but the server sent "${report.trackingCode}"`)
  console.log(`  report ${report.id}, tracking code ${report.trackingCode}, grid ${report.gridCode ?? '(none)'}, status ${report.status}`)
  return report
}

const staffSignsIn = (page) => consoleSignIn(page, baseUrl, env)

const isQueue = (r) => r.url().includes('/api/v1/admin/reports?') && r.request().method() === 'GET'
const shows = (locator) => locator.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false)

async function staffAccepts(page, report) {
  log('console: open 上报审核')
  const firstPage = page.waitForResponse(isQueue)
  await page.getByTestId('menu-screening').click()
  check((await firstPage).ok(), `screening queue answered ${await problemText(await firstPage)}`)
  if (report.gridCode) {
    const filtered = page.waitForResponse((r) => isQueue(r) && r.url().includes('area='))
    await page.getByTestId('screening-area').fill(report.gridCode)
    await page.getByTestId('screening-search').click()
    await filtered
  }
  // Oldest due first: a busy queue may hold the new report on a later page.
  const open = page.getByTestId(`screening-open-${report.id}`)
  for (let pageNo = 1; !(await shows(open)); pageNo += 1) {
    const next = page.locator('.page-pagination .btn-next')
    check(pageNo < MAX_QUEUE_PAGES && (await next.isEnabled()), `report ${report.id} is not in the screening queue`)
    const loaded = page.waitForResponse(isQueue)
    await next.click()
    await loaded
  }
  await open.click()

  log(`console: accept report ${report.id}`)
  const accepted = page.waitForResponse((r) => r.url().endsWith(`/api/v1/admin/reports/${report.id}/accept`))
  await page.getByTestId('screening-accept').click()
  const response = await accepted
  check(response.ok(), `accept answered ${await problemText(response)}`)
}

async function residentSeesAccepted(page, report) {
  // The embedded governance simulator takes an accepted case within seconds, so the list may
  // already show a later state; the acceptance itself must be on the report's timeline.
  log('portal: my reports shows 已受理 (or a later state), the timeline has the 已受理 step')
  await page.goto(`${baseUrl}/#/reports`)
  await page.reload({ waitUntil: 'networkidle' })
  const row = page.getByTestId('my-report').filter({ hasText: report.trackingCode })
  await row.waitFor({ state: 'visible' })
  const status = (await row.getByTestId('my-report-status').innerText()).trim()
  check(
    /已受理|已派遣|处置中|Accepted|Forwarded|In progress/.test(status),
    `my reports shows "${status}" for ${report.trackingCode}, expected 已受理 or a later state`
  )
  await page.goto(`${baseUrl}/#/reports/${report.id}`)
  const timeline = page.getByTestId('report-timeline')
  await timeline.waitFor({ state: 'visible' })
  const steps = await timeline.innerText()
  check(/已受理/.test(steps), `the timeline of ${report.trackingCode} has no 已受理 step: ${steps}`)
}

async function run({ context, page: portal, focus }) {
  await portal.setViewportSize({ width: 414, height: 896 }) // a phone, as residents use it
  const errors = collectErrors(portal, 'portal', expected401)
  await residentSignsIn(portal)
  const report = await residentReports(portal)
  const consolePage = await context.newPage()
  const consoleErrors = collectErrors(consolePage, 'console', expected401)
  focus(consolePage)
  await staffSignsIn(consolePage)
  await staffAccepts(consolePage, report)
  focus(portal)
  await portal.bringToFront()
  await residentSeesAccepted(portal, report)
  const all = [...errors, ...consoleErrors]
  check(all.length === 0, `pages logged errors:\n  ${all.join('\n  ')}`)
}

await runInChromium({
  timeoutMs: 90_000,
  stepTimeoutMs: STEP_TIMEOUT_MS,
  screenshot: join(OUT_DIR, 'report-flow.png'),
  failureScreenshot: join(OUT_DIR, 'report-flow-failure.png'),
  run
})
