// Elder-friendly mode (长辈模式): a class on <html> switches CSS variables to larger
// type, bigger touch targets and higher contrast, and hides secondary items.
import { readonly, ref } from 'vue'

export const ELDER_CLASS = 'gl-elder'
export const ELDER_STORAGE_KEY = 'gridlink.elderMode'

function readStored() {
  try {
    return localStorage.getItem(ELDER_STORAGE_KEY) === 'on'
  } catch {
    return false
  }
}

const enabled = ref(readStored())

function applyClass() {
  document.documentElement.classList.toggle(ELDER_CLASS, enabled.value)
}

export function setElderMode(on) {
  enabled.value = Boolean(on)
  applyClass()
  try {
    localStorage.setItem(ELDER_STORAGE_KEY, enabled.value ? 'on' : 'off')
  } catch {
    // Not persisted; the mode still holds for this page.
  }
}

export function useElderMode() {
  return { elderMode: readonly(enabled), setElderMode }
}

// Apply the stored choice as soon as the module loads, before the first render.
applyClass()
