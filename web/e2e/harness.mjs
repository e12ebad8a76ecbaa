// What both browser tests share: failing clearly, the environment they need, a watchdog, the
// step log, console-error collection, and Debian's Chromium with flags that work on a closed
// network (nothing is downloaded).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export class E2EFailure extends Error {}

export function check(condition, message) {
  if (!condition) throw new E2EFailure(message)
}

export function exitWith(message) {
  console.error(`E2E FAILED: ${message}`)
  process.exit(1)
}

/** The named environment variables, or a clear failure naming the missing ones. */
export function requireEnv(names) {
  const env = Object.fromEntries(names.map((name) => [name, process.env[name]]))
  const missing = names.filter((name) => !env[name])
  if (missing.length) exitWith(`missing environment variable(s): ${missing.join(', ')}`)
  return env
}

let step = 'starting'
export function log(message) {
  step = message
  console.log(`- ${message}`)
}

/** Uncaught errors and console errors (CSP violations among them) a page logs, unless ignored. */
export function collectErrors(page, name, ignore = () => false) {
  const errors = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !ignore(msg.text())) errors.push(`${name} console: ${msg.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${name} page error: ${error.message}`))
  return errors
}

/**
 * Runs {@code run({context, page, focus})} in a fresh Chromium profile, with a hard stop after
 * {@code timeoutMs} so a hung browser cannot hold a CI run. {@code focus(page)} names the page
 * to screenshot if a step fails. Exits the process: 0 when every step passed.
 */
export async function runInChromium({ timeoutMs, stepTimeoutMs = 15_000, screenshot, failureScreenshot, run }) {
  const watchdog = setTimeout(
    () => exitWith(`did not finish within ${timeoutMs / 1000} s (last step: ${step})`),
    timeoutMs
  )
  mkdirSync(OUT_DIR, { recursive: true })
  const profile = mkdtempSync(join(tmpdir(), 'gridlink-e2e-'))
  let context
  let current
  let failure
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: CHROMIUM_ARGS
    })
    context.setDefaultTimeout(stepTimeoutMs)
    current = context.pages()[0] ?? (await context.newPage())
    await run({ context, page: current, focus: (page) => (current = page) })
    await current.screenshot({ path: screenshot, fullPage: true })
  } catch (error) {
    // What the browser showed when a step failed is usually the quickest clue.
    await current?.screenshot({ path: failureScreenshot, fullPage: true }).catch(() => {})
    // Playwright messages carry a long call log; its first line is the useful part.
    const message = error instanceof E2EFailure ? error.message : `${step}: ${error.message.split('\n')[0]}`
    failure = `${message}\n  screenshot: ${failureScreenshot}`
  } finally {
    await context?.close().catch(() => {})
    rmSync(profile, { recursive: true, force: true })
    clearTimeout(watchdog)
  }
  if (failure) exitWith(failure)
  console.log(`E2E PASSED (screenshot: ${screenshot})`)
  process.exit(0)
}

/** Waits until one of the named locators is visible and returns its name. */
export async function firstVisible(candidates, timeout = 15_000) {
  const entries = Object.entries(candidates)
  await entries.map(([, locator]) => locator).reduce((a, b) => a.or(b)).first().waitFor({ state: 'visible', timeout })
  for (const [name, locator] of entries) {
    if (await locator.first().isVisible()) return name
  }
  return entries[0][0]
}

/** "HTTP 409: detail" of a Playwright response, for failure messages. */
export async function problemText(response) {
  const body = await response.json().catch(() => null)
  return `HTTP ${response.status()}${body?.detail ? `: ${body.detail}` : body?.title ? `: ${body.title}` : ''}`
}

/**
 * Signs the administrator in to the console, changing the one-time password on first sign-in.
 * An earlier script may already have changed it, so the new password is tried first.
 */
export async function consoleSignIn(page, baseUrl, env) {
  log('console: open')
  const response = await page.goto(`${baseUrl}/console/`, { waitUntil: 'networkidle' })
  check(response?.ok(), `console answered HTTP ${response?.status()}`)

  async function tryLogin(password) {
    await page.getByTestId('login-username').fill(env.ADMIN_USERNAME)
    await page.getByTestId('login-password').fill(password)
    await page.getByTestId('login-submit').click()
    return firstVisible({
      'change-password': page.getByTestId('change-password-title'),
      dashboard: page.getByTestId('header-user-name'),
      error: page.getByTestId('login-error')
    })
  }

  log(`console: sign in as ${env.ADMIN_USERNAME} (new password first)`)
  let outcome = await tryLogin(env.ADMIN_NEW_PASSWORD)
  if (outcome === 'error') {
    log('console: sign in with the initial password')
    outcome = await tryLogin(env.ADMIN_PASSWORD)
  }
  check(outcome !== 'error', `login rejected: ${await page.getByTestId('login-error').innerText().catch(() => '')}`)
  if (outcome === 'change-password') {
    log('console: first sign-in, change the password')
    await page.getByTestId('cp-current').fill(env.ADMIN_PASSWORD)
    await page.getByTestId('cp-new').fill(env.ADMIN_NEW_PASSWORD)
    await page.getByTestId('cp-confirm').fill(env.ADMIN_NEW_PASSWORD)
    await page.getByTestId('cp-submit').click()
    const changed = await firstVisible({ dashboard: page.getByTestId('header-user-name'), error: page.getByTestId('change-password-error') })
    check(changed === 'dashboard', `password change rejected: ${await page.getByTestId('change-password-error').innerText().catch(() => '')}`)
  }
}
