// Vant's icon CSS embeds its font as a data: URI with a fallback on a public CDN.
// Our CSP allows neither for fonts, so this plugin writes the embedded woff2 to a
// real file and points the @font-face at it; Vite then emits it under assets/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'

const ICON_CSS = /[\\/]vant[\\/]es[\\/]icon[\\/]index\.css$/
const FONT_SRC = /src:url\(data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)\)\s*format\("woff2"\)[^;}]*/

export function vantLocalIconFont({ webRoot }) {
  const fontFile = join(webRoot, 'target', 'generated', 'vant-icon.woff2')

  return {
    name: 'gridlink:vant-local-icon-font',
    enforce: 'pre',
    buildStart() {
      const require = createRequire(join(webRoot, 'package.json'))
      const css = readFileSync(require.resolve('vant/es/icon/index.css'), 'utf8')
      const match = css.match(FONT_SRC)
      if (!match) {
        this.error('Vant icon font not found in vant/es/icon/index.css; update this plugin')
      }
      mkdirSync(dirname(fontFile), { recursive: true })
      writeFileSync(fontFile, Buffer.from(match[1], 'base64'))
    },
    transform(code, id) {
      const file = id.split('?')[0]
      if (!ICON_CSS.test(file)) return null
      const url = relative(dirname(file), fontFile).split('\\').join('/')
      return { code: code.replace(FONT_SRC, `src:url("${url}") format("woff2")`), map: null }
    }
  }
}
