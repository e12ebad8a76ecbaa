// Small "is the backend up" probe shared by both apps (GET /api/v1/ping).
import { onMounted, ref } from 'vue'

export function useServiceStatus(api) {
  const status = ref('checking')

  async function check() {
    status.value = 'checking'
    try {
      const body = await api.get('/ping')
      status.value = body?.status === 'ok' ? 'ok' : 'down'
    } catch {
      status.value = 'down'
    }
  }

  onMounted(check)
  return { status, check }
}
