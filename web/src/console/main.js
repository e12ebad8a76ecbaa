import { createApp } from 'vue'
import { i18n } from '@/shared/i18n/index.js'
import App from './App.vue'
import { elementPlugin } from './element.js'
import { createConsoleRouter } from './router.js'
import './console.css'

createApp(App).use(i18n).use(createConsoleRouter()).use(elementPlugin).mount('#app')
