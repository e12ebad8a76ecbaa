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
