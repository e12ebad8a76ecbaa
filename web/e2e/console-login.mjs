// Browser smoke test against a running GridLink backend (not part of `npm test`):
//   BASE_URL=http://127.0.0.1:8080 ADMIN_USERNAME=admin ADMIN_PASSWORD=... ADMIN_NEW_PASSWORD=... npm run e2e
// Uses the machine's Chromium through playwright-core; nothing is downloaded.
import { join } from 'node:path'
import { OUT_DIR, check, collectErrors, log, requireEnv, runInChromium } from './harness.mjs'

const RENDER_TIMEOUT_MS = 5_000
const AUDIT_ROWS = '[data-testid="audit-table"] .el-table__body tr.el-table__row'

const env = requireEnv(['BASE_URL', 'ADMIN_USERNAME', 'ADMIN_PASSWORD', 'ADMIN_NEW_PASSWORD'])
const baseUrl = env.BASE_URL.replace(/\/+$/, '')

// Opens one of the two apps and fails clearly if the server did not hand out a working page.
async function openApp(page, url, name) {
  log(`open ${name} ${url}`)
  const response = await page.goto(url, { waitUntil: 'networkidle' })
  check(response?.ok(), `${name}: ${url} answered HTTP ${response?.status()}`)
  const rendered = await page
    .locator('#app > *')
    .first()
    .waitFor({ state: 'attached', timeout: RENDER_TIMEOUT_MS })
    .then(() => true, () => false)
  if (!rendered) {
    const bytes = (await response.body()).length
    check(false, `${name} did not render at ${url} (HTTP ${response.status()}, ${bytes} bytes of HTML)`)
  }
}

// Waits until one of the named locators is visible and returns its name.
async function firstVisible(candidates) {
  const entries = Object.entries(candidates)
  await entries
    .map(([, locator]) => locator)
    .reduce((a, b) => a.or(b))
    .first()
    .waitFor({ state: 'visible' })
  for (const [name, locator] of entries) {
    if (await locator.isVisible()) return name
  }
  return entries[0][0]
}

async function checkPortal(page, errors) {
  await openApp(page, `${baseUrl}/`, 'portal')
  log('portal home shows its title and the service status')
  await page.getByTestId('portal-title').filter({ hasText: 'GridLink' }).waitFor({ state: 'visible' })
  await page.getByTestId('service-status').filter({ hasText: /服务正常|Service is up/ }).waitFor()
  check(errors.length === 0, `portal logged errors:\n  ${errors.join('\n  ')}`)
}

async function changePassword(page) {
  log('first sign-in: change the password')
  await page.getByTestId('cp-current').fill(env.ADMIN_PASSWORD)
  await page.getByTestId('cp-new').fill(env.ADMIN_NEW_PASSWORD)
  await page.getByTestId('cp-confirm').fill(env.ADMIN_NEW_PASSWORD)
  await page.getByTestId('cp-submit').click()
  const outcome = await firstVisible({
    dashboard: page.getByTestId('header-user-name'),
    error: page.getByTestId('change-password-error')
  })
  if (outcome === 'error') {
    check(false, `password change rejected: ${await page.getByTestId('change-password-error').innerText()}`)
  }
}

async function signInToConsole(page) {
  await openApp(page, `${baseUrl}/console/`, 'console')
  log(`sign in as ${env.ADMIN_USERNAME}`)
  await page.getByTestId('login-username').fill(env.ADMIN_USERNAME)
  await page.getByTestId('login-password').fill(env.ADMIN_PASSWORD)
  await page.getByTestId('login-submit').click()

  const outcome = await firstVisible({
    'change-password': page.getByTestId('change-password-title'),
    dashboard: page.getByTestId('header-user-name'),
    error: page.getByTestId('login-error')
  })
  check(outcome !== 'error', `login rejected: ${await page.getByTestId('login-error').innerText().catch(() => '')}`)
  if (outcome === 'change-password') await changePassword(page)
}

async function checkDashboard(page) {
  log('dashboard header shows the admin name')
  const header = page.getByTestId('header-user-name')
  await header.filter({ hasText: /\S/ }).waitFor()
  console.log(`  signed in as "${(await header.innerText()).trim()}"`)

  log('audit log shows at least one row')
  await page.getByTestId('menu-audit').click()
  await page.locator(AUDIT_ROWS).first().waitFor({ state: 'visible' })
  console.log(`  ${await page.locator(AUDIT_ROWS).count()} audit row(s) visible`)
}

async function run({ page }) {
  const errors = collectErrors(page, 'page')
  await checkPortal(page, errors)
  await signInToConsole(page)
  await checkDashboard(page)
  check(errors.length === 0, `console logged errors:\n  ${errors.join('\n  ')}`)
}

await runInChromium({
  timeoutMs: 60_000,
  screenshot: join(OUT_DIR, 'console.png'),
  failureScreenshot: join(OUT_DIR, 'failure.png'),
  run
})
