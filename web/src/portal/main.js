import { createApp } from 'vue'
import { i18n } from '@/shared/i18n/index.js'
import '@/shared/elder-mode.js'
import App from './App.vue'
import { router } from './router.js'
import { vantPlugin } from './vant.js'
import './portal.css'

createApp(App).use(i18n).use(router).use(vantPlugin).mount('#app')
