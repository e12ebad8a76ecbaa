// The resident's unread message count, shared by the tab bar, the 我的 page and the 消息 page.
import { ref } from 'vue'
import { api, auth } from './session.js'

export const unread = ref(0)

export async function refreshUnread() {
  if (!auth.signedIn.value) {
    unread.value = 0
    return
  }
  try {
    unread.value = (await api.get('/notifications/unread-count')).unread ?? 0
  } catch {
    // A badge is a hint: keep the last count rather than show an error.
  }
}
