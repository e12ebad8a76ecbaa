import { beforeEach, describe, expect, it, vi } from 'vitest'

// Fresh module per test: elder mode reads its stored state when the module loads.
async function loadElderMode() {
  vi.resetModules()
  return import('@/shared/elder-mode.js')
}

describe('elder mode', () => {
  beforeEach(() => {
    localStorage.clear()
    document.documentElement.className = ''
  })

  it('is off by default', async () => {
    const { useElderMode, ELDER_CLASS } = await loadElderMode()
    expect(useElderMode().elderMode.value).toBe(false)
    expect(document.documentElement.classList.contains(ELDER_CLASS)).toBe(false)
  })

  it('toggles the root class and persists the choice', async () => {
    const { useElderMode, ELDER_CLASS, ELDER_STORAGE_KEY } = await loadElderMode()
    const { elderMode, setElderMode } = useElderMode()

    setElderMode(true)
    expect(elderMode.value).toBe(true)
    expect(document.documentElement.classList.contains(ELDER_CLASS)).toBe(true)
    expect(localStorage.getItem(ELDER_STORAGE_KEY)).toBe('on')

    setElderMode(false)
    expect(document.documentElement.classList.contains(ELDER_CLASS)).toBe(false)
    expect(localStorage.getItem(ELDER_STORAGE_KEY)).toBe('off')
  })

  it('restores the stored choice when the app loads again', async () => {
    const first = await loadElderMode()
    first.setElderMode(true)
    document.documentElement.className = ''

    const reloaded = await loadElderMode()
    expect(reloaded.useElderMode().elderMode.value).toBe(true)
    expect(document.documentElement.classList.contains(reloaded.ELDER_CLASS)).toBe(true)
  })
})
