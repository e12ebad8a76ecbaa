import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { vantLocalIconFont } from './build/vant-local-icon-font.js'

const webRoot = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: webRoot,
  // Absolute asset URLs: the backend serves the portal at / and the console at /console/.
  base: '/',
  publicDir: false,
  plugins: [vue(), vantLocalIconFont({ webRoot })],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) }
  },
  define: {
    // vue-i18n feature flags: composition API only, no devtools hook in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false
  },
  build: {
    outDir: 'target/dist',
    emptyOutDir: true,
    // Fonts must be real files: the backend CSP allows data: only for images.
    assetsInlineLimit: (filePath) => (/\.(woff2?|ttf)$/.test(filePath) ? false : undefined),
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      input: {
        portal: fileURLToPath(new URL('./index.html', import.meta.url)),
        console: fileURLToPath(new URL('./console/index.html', import.meta.url))
      },
      output: {
        // Vue, its router and i18n are shared by both apps: one cacheable, clearly named chunk.
        codeSplitting: {
          groups: [
            { name: 'vue-core', test: /node_modules[\\/](@vue|vue|vue-router|vue-i18n|@intlify)[\\/]/ },
            // Leaflet and the map component only load with the pages that show a map.
            { name: 'map', test: /node_modules[\\/]leaflet[\\/]|[\\/]GridMap\.vue|map-layers\.js/ },
            // ECharts (tree-shaken core) only loads with the survey results page.
            { name: 'charts', test: /node_modules[\\/](echarts|zrender)[\\/]|[\\/]SurveyChart\.vue/ },
            { name: 'shared', test: /[\\/]src[\\/]shared[\\/]/ }
          ]
        }
      }
    }
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' }
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.js'],
    css: false,
    // Their per-component style entries import .css, which Node cannot load: let Vite handle them.
    server: { deps: { inline: ['element-plus', 'vant'] } },
    restoreMocks: true,
    // The first test of a file imports Element Plus or Vant through Vite; on a shared 2-core
    // machine that alone can pass the 5 s default. Assertions are unchanged.
    testTimeout: 20000
  }
})
