// Browser test of a satisfaction campaign against a running GridLink backend (not part of `npm test`):
//   BASE_URL=http://127.0.0.1:8080 ADMIN_USERNAME=admin ADMIN_PASSWORD=... ADMIN_NEW_PASSWORD=... npm run e2e:survey
// A resident (dev sign-in) has a case handled in a demo grid (reported through the API, resolved by
// the embedded governance simulator), so they may rate that grid's workers; staff open a campaign
// for the grid; the resident answers it on one screen in the portal; staff count the results in
// the console and see the response. Needs the embedded default (demo district, simulator).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { OUT_DIR, check, collectErrors, exitWith, log, requireEnv, runInChromium } from './harness.mjs'

const FIXTURE_PHOTO = process.env.FIXTURE_PHOTO || '/work/shared/fixtures/photos/jpg/gps/DSCN0010.jpg'
const LOCATION = { lat: 32.0603, lng: 118.7969 } // the demo city centre the embedded default seeds
const RESOLVE_TIMEOUT_MS = 150_000

const env = requireEnv(['BASE_URL', 'ADMIN_USERNAME', 'ADMIN_PASSWORD', 'ADMIN_NEW_PASSWORD'])
if (!existsSync(FIXTURE_PHOTO)) exitWith(`fixture photo not found: ${FIXTURE_PHOTO} (set FIXTURE_PHOTO)`)
const baseUrl = env.BASE_URL.replace(/\/+$/, '')
const residentName = `E2E 测评 ${Date.now().toString(36)}`

async function call(method, path, { token, body, form, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...headers
    },
    body: form ?? (body ? JSON.stringify(body) : undefined)
  })
  const text = await response.text()
  check(response.ok, `${method} ${path} answered HTTP ${response.status}: ${text.slice(0, 300)}`)
  return text ? JSON.parse(text) : null
}

/** The admin's token: console-login.mjs may already have changed the one-time password. */
async function staffToken() {
  for (const password of [env.ADMIN_NEW_PASSWORD, env.ADMIN_PASSWORD]) {
    const r = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: env.ADMIN_USERNAME, password })
    })
    if (!r.ok) continue
    const session = await r.json()
    if (!session.passwordChangeRequired) return session
    return call('POST', '/auth/password', {
      token: session.accessToken,
      body: { currentPassword: password, newPassword: env.ADMIN_NEW_PASSWORD }
    })
  }
  return exitWith('the admin could not sign in with either password')
}

/** A report in the demo grid, accepted at once (garbage) and resolved by the simulator. */
async function handledCase(resident) {
  log('api: the resident reports exposed garbage at the demo city centre')
  const form = new FormData()
  form.append('file', new Blob([readFileSync(FIXTURE_PHOTO)], { type: 'image/jpeg' }), 'photo.jpg')
  const media = await call('POST', '/media', { token: resident, form })
  const report = await call('POST', '/reports', {
    token: resident,
    headers: { 'Idempotency-Key': `e2e-survey-${Date.now()}` },
    body: {
      category: 'ENV_GARBAGE',
      description: `E2E 测评 ${new Date().toISOString()}`,
      location: { lat: LOCATION.lat, lng: LOCATION.lng, crs: 'wgs84', accuracy: 10 },
      mediaIds: [media.id],
      anonymous: false,
      contactConsent: false,
      urgent: false
    }
  })
  log(`api: wait for report ${report.id} in grid ${report.gridCode} to be resolved by the simulator`)
  const deadline = Date.now() + RESOLVE_TIMEOUT_MS
  for (;;) {
    const now = await call('GET', `/reports/${report.id}`, { token: resident })
    if (now.status === 'RESOLVED' || now.status === 'CLOSED') return report
    check(Date.now() < deadline, `report ${report.id} is still ${now.status}`)
    await new Promise((r) => setTimeout(r, 2_000))
  }
}

async function residentAnswers(page, campaign) {
  log('portal: dev sign-in as the same resident')
  await page.goto(`${baseUrl}/#/me`, { waitUntil: 'networkidle' })
  await page.getByTestId('dev-login-name').locator('input').fill(residentName)
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/dev'))
  await page.getByTestId('dev-login-submit').click()
  check((await signedIn).ok(), `dev sign-in answered HTTP ${(await signedIn).status()}`)
  log('portal: open 满意度评价 and the campaign')
  await page.goto(`${baseUrl}/#/surveys`, { waitUntil: 'networkidle' })
  await page.getByTestId('survey-campaign').filter({ hasText: campaign.name }).click()
  await page.getByTestId('knows-yes').click()
  const workers = page.getByTestId('survey-worker')
  const count = await workers.count()
  check(count > 0, 'the campaign lists no workers to rate')
  for (let i = 0; i < count; i++) {
    await workers.nth(i).getByTestId('level-VERY_SATISFIED').click()
  }
  await page.getByTestId('survey-comment').locator('textarea').fill('网格员上门很及时')
  const sent = page.waitForResponse((r) => r.url().includes(`/surveys/campaigns/${campaign.id}/response`))
  await page.getByTestId('survey-submit').click()
  check((await sent).ok(), `the response was refused: HTTP ${(await sent).status()}`)
  await page.getByTestId('survey-done').waitFor({ state: 'visible' })
  return count
}

async function staffSeesResult(context, staff, campaign, ratings) {
  log('console: open the campaign results as the admin')
  await context.addInitScript(
    ([token, user]) => {
      sessionStorage.setItem('gridlink.console.token', token)
      sessionStorage.setItem('gridlink.console.user', user)
    },
    [staff.accessToken, JSON.stringify({ subject: staff.subject, roles: staff.roles, passwordChangeRequired: false })]
  )
  const page = await context.newPage()
  const errors = collectErrors(page, 'console')
  await page.goto(`${baseUrl}/console/#/surveys`, { waitUntil: 'networkidle' })
  await page.getByTestId(`campaign-results-${campaign.id}`).click()
  await page.getByTestId('results-title').waitFor({ state: 'visible' })
  log('console: count now')
  const tallied = page.waitForResponse((r) => r.url().endsWith(`/campaigns/${campaign.id}/tally`))
  await page.getByTestId('results-retally').click()
  check((await tallied).ok(), `the tally answered HTTP ${(await tallied).status()}`)
  await page.getByTestId('results-responses').filter({ hasText: /^1$/ }).waitFor({ state: 'visible' })
  await page.getByTestId('results-table').getByText('100.0%').first().waitFor({ state: 'visible' })
  const charts = await page.getByTestId('survey-chart').count()
  check(charts === 3, `expected 3 charts, found ${charts}`)
  console.log(`  campaign ${campaign.id}: 1 response, ${ratings} workers rated very satisfied`)
  check(errors.length === 0, `the console logged errors:\n${errors.join('\n')}`)
  return page
}

await runInChromium({
  timeoutMs: 300_000,
  screenshot: join(OUT_DIR, 'survey.png'),
  failureScreenshot: join(OUT_DIR, 'survey-failure.png'),
  run: async ({ context, page, focus }) => {
    const errors = collectErrors(page, 'portal')
    const resident = (await call('POST', '/auth/dev', { body: { role: 'RESIDENT', name: residentName } })).accessToken
    const report = await handledCase(resident)
    const staff = await staffToken()
    const now = Date.now()
    const campaign = await call('POST', '/admin/surveys/campaigns', {
      token: staff.accessToken,
      body: {
        name: `E2E 满意度测评 ${now.toString(36)}`,
        startsAt: new Date(now - 60_000).toISOString(),
        endsAt: new Date(now + 86_400_000).toISOString(),
        gridCodes: [report.gridCode]
      }
    })
    const ratings = await residentAnswers(page, campaign)
    check(errors.length === 0, `the portal logged errors:\n${errors.join('\n')}`)
    focus(await staffSeesResult(context, staff, campaign, ratings))
  }
})
