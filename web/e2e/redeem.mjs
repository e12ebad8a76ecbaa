// Browser test of points and rewards against a running GridLink backend (not part of `npm test`):
//   BASE_URL=http://127.0.0.1:8080 ADMIN_USERNAME=admin ADMIN_PASSWORD=... ADMIN_NEW_PASSWORD=... node e2e/redeem.mjs
// Staff add a reward with a picture they upload (FIXTURE_PHOTO) and (embedded mode has no volunteer hours yet) grant the resident points by
// an audited adjustment; the resident redeems it and sees the pickup code; staff verify the code
// once, and a second verification is refused; the resident sees it collected. Element Plus puts
// data-testid on the native input, Vant on the field's wrapper.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import {
  OUT_DIR, check, collectErrors, consoleSignIn, exitWith, firstVisible, log, problemText, requireEnv, runInChromium
} from './harness.mjs'

const STEP_TIMEOUT_MS = 15_000
const env = requireEnv(['BASE_URL', 'ADMIN_USERNAME', 'ADMIN_PASSWORD', 'ADMIN_NEW_PASSWORD'])
const baseUrl = env.BASE_URL.replace(/\/+$/, '')
const FIXTURE_PHOTO = process.env.FIXTURE_PHOTO || '/work/shared/fixtures/photos/jpg/gps/DSCN0010.jpg'
if (!existsSync(FIXTURE_PHOTO)) exitWith(`fixture photo not found: ${FIXTURE_PHOTO} (set FIXTURE_PHOTO)`)
const expected401 = (text) => /Failed to load resource: .* 401/.test(text)
// A refused second verification is the point of the last step, not an error.
const expected409 = (text) => /Failed to load resource: .* 409/.test(text)
const run36 = Date.now().toString(36)
const REWARD = `E2E 保温杯 ${run36}`
const RESIDENT = `E2E 志愿者 ${run36}`

async function staffAddsReward(page) {
  log('console: 奖品与库存, add a reward')
  await page.getByTestId('menu-rewards').click()
  await page.getByTestId('reward-add').click()
  await page.getByTestId('reward-name').fill(REWARD)
  await page.getByTestId('reward-price').fill('30')
  await page.getByTestId('reward-stock').fill('3')
  await page.getByTestId('reward-place').fill('梧桐社区服务中心一楼')
  log(`console: upload the reward's picture ${FIXTURE_PHOTO}`)
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/media') && r.request().method() === 'POST')
  await page.getByTestId('reward-picture').setInputFiles(FIXTURE_PHOTO)
  const upload = await uploaded
  check(upload.status() === 201, `uploading the picture answered ${await problemText(upload)}`)
  const media = await upload.json()
  await page.getByTestId('reward-picture-preview').waitFor({ state: 'visible' })
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/admin/rewards') && r.request().method() === 'POST')
  await page.getByTestId('reward-save').click()
  const response = await saved
  check(response.status() === 201, `adding the reward answered ${await problemText(response)}`)
  const item = await response.json()
  check(item.pictureMediaId === media.id, `the reward's pictureMediaId is ${item.pictureMediaId}, expected ${media.id}`)
  await page.getByTestId('rewards-table').getByText(REWARD).waitFor({ state: 'visible' })
}

async function residentSignsIn(page) {
  log('portal: open 志愿积分 (asks to sign in)')
  const response = await page.goto(`${baseUrl}/#/points`, { waitUntil: 'networkidle' })
  check(response?.ok(), `portal answered HTTP ${response?.status()}`)
  await page.getByTestId('points-sign-in').click()
  log('portal: dev sign-in as a resident')
  await page.getByTestId('dev-login-name').locator('input').fill(RESIDENT)
  await page.getByTestId('dev-login-submit').click()
  await page.getByTestId('points-balance').waitFor({ state: 'visible' })
}

async function staffGrantsPoints(page) {
  log('console: 积分流水, grant 100 points by an adjustment with a reason')
  await page.getByTestId('menu-ledger').click()
  await page.getByTestId('adjust-subject').fill(`dev:RESIDENT:${RESIDENT}`)
  await page.getByTestId('adjust-points').fill('100')
  await page.getByTestId('adjust-reason').fill('E2E 志愿服务补录')
  const adjusted = page.waitForResponse((r) => r.url().endsWith('/api/v1/admin/points/adjustments'))
  await page.getByTestId('adjust-submit').click()
  const response = await adjusted
  check(response.status() === 201, `the adjustment answered ${await problemText(response)}`)
}

async function residentRedeems(page) {
  log('portal: balance 100, redeem the reward')
  await page.reload({ waitUntil: 'networkidle' })
  const balance = (await page.getByTestId('points-balance').locator('strong').innerText()).trim()
  check(balance === '100', `balance shows ${balance}, expected 100`)
  const card = page.locator('[data-testid^="reward-"]').filter({ hasText: REWARD })
  const picture = card.locator('img').first()
  await picture.waitFor({ state: 'visible' })
  const loaded = await picture.evaluate((img) =>
    img.complete
      ? img.naturalWidth > 0
      : new Promise((resolve) => {
        img.addEventListener('load', () => resolve(img.naturalWidth > 0))
        img.addEventListener('error', () => resolve(false))
      })
  )
  check(loaded, `the reward's picture did not load: ${await picture.getAttribute('src')}`)
  await card.getByTestId('reward-redeem').click()
  const redeemed = page.waitForResponse((r) => r.url().endsWith('/api/v1/redemptions') && r.request().method() === 'POST')
  await page.locator('.van-dialog__confirm').click()
  const response = await redeemed
  check(response.status() === 201, `redeeming answered ${await problemText(response)}`)
  const redemption = await response.json()
  const row = page.getByTestId('redemption').filter({ hasText: REWARD })
  await row.getByTestId('redemption-qr').waitFor({ state: 'visible' })
  const code = (await row.getByTestId('redemption-code').innerText()).trim()
  check(code === redemption.shortCode && /^\d{8}$/.test(code), `pickup code shows "${code}"`)
  console.log(`  redemption ${redemption.ref}, pickup code ${code}`)
  return code
}

async function staffVerifies(page, code) {
  log('console: 兑换核销, verify the code')
  await page.getByTestId('menu-pickup').click()
  await page.getByTestId('pickup-code').fill(code)
  await page.getByTestId('pickup-verify').click()
  const outcome = await firstVisible({ done: page.getByTestId('pickup-done'), error: page.getByTestId('pickup-error') })
  check(outcome === 'done', `verification failed: ${await page.getByTestId('pickup-error').innerText().catch(() => '?')}`)
  log('console: the same code a second time is refused')
  await page.getByTestId('pickup-code').fill(code)
  await page.getByTestId('pickup-verify').click()
  await page.getByTestId('pickup-error').waitFor({ state: 'visible' })
}

async function residentSeesCollected(page) {
  log('portal: the redemption shows 已领取 and the balance 70')
  await page.reload({ waitUntil: 'networkidle' })
  await page.getByRole('tab', { name: /我的兑换|My redemptions/ }).click()
  const status = page.getByTestId('redemption').filter({ hasText: REWARD }).getByTestId('redemption-status')
  await status.waitFor({ state: 'visible' })
  const text = (await status.innerText()).trim()
  check(/已领取|Collected/.test(text), `status shows "${text}"`)
  const balance = (await page.getByTestId('points-balance').locator('strong').innerText()).trim()
  check(balance === '70', `balance shows ${balance}, expected 70`)
}

async function run({ context, page: consolePage, focus }) {
  const consoleErrors = collectErrors(consolePage, 'console', (t) => expected401(t) || expected409(t))
  await consoleSignIn(consolePage, baseUrl, env)
  await staffAddsReward(consolePage)
  const portal = await context.newPage()
  await portal.setViewportSize({ width: 414, height: 896 })
  const errors = collectErrors(portal, 'portal', expected401)
  focus(portal)
  await residentSignsIn(portal)
  focus(consolePage)
  await staffGrantsPoints(consolePage)
  focus(portal)
  const code = await residentRedeems(portal)
  focus(consolePage)
  await staffVerifies(consolePage, code)
  focus(portal)
  await residentSeesCollected(portal)
  const all = [...errors, ...consoleErrors]
  check(all.length === 0, `pages logged errors:\n  ${all.join('\n  ')}`)
}

await runInChromium({
  timeoutMs: 90_000,
  stepTimeoutMs: STEP_TIMEOUT_MS,
  screenshot: join(OUT_DIR, 'redeem.png'),
  failureScreenshot: join(OUT_DIR, 'redeem-failure.png'),
  run
})
