// Vant components used by the portal, registered explicitly (with their CSS) to keep
// the bundle to what we use. Add a component here before using it in a template.
import {
  Badge, Button, Card, Cascader, Cell, CellGroup, ConfigProvider, Empty, Field, Form, Grid, GridItem, Icon, Image,
  Locale, NavBar, Popup, Radio, RadioGroup, Rate, Step, Steps, Switch, Tab, Tabbar, TabbarItem, Tabs, Tag, Uploader
} from 'vant'
import enUS from 'vant/es/locale/lang/en-US'
import zhCN from 'vant/es/locale/lang/zh-CN'
import 'vant/es/badge/style/index'
import 'vant/es/button/style/index'
import 'vant/es/card/style/index'
import 'vant/es/tab/style/index'
import 'vant/es/tabs/style/index'
import 'vant/es/cascader/style/index'
import 'vant/es/dialog/style/index'
import 'vant/es/image/style/index'
import 'vant/es/popup/style/index'
import 'vant/es/step/style/index'
import 'vant/es/steps/style/index'
import 'vant/es/uploader/style/index'
import 'vant/es/cell/style/index'
import 'vant/es/cell-group/style/index'
import 'vant/es/config-provider/style/index'
import 'vant/es/empty/style/index'
import 'vant/es/field/style/index'
import 'vant/es/form/style/index'
import 'vant/es/grid/style/index'
import 'vant/es/grid-item/style/index'
import 'vant/es/icon/style/index'
import 'vant/es/nav-bar/style/index'
import 'vant/es/radio/style/index'
import 'vant/es/radio-group/style/index'
import 'vant/es/rate/style/index'
import 'vant/es/switch/style/index'
import 'vant/es/tabbar/style/index'
import 'vant/es/tabbar-item/style/index'
import 'vant/es/tag/style/index'
import 'vant/es/toast/style/index'

const components = [
  Badge, Button, Card, Cascader, Cell, CellGroup, ConfigProvider, Empty, Field, Form, Grid, GridItem, Icon, Image,
  NavBar, Popup, Radio, RadioGroup, Rate, Step, Steps, Switch, Tab, Tabbar, TabbarItem, Tabs, Tag, Uploader
]

export const vantPlugin = {
  install(app) {
    for (const component of components) app.use(component)
  }
}

const vantLocales = { 'zh-CN': ['zh-CN', zhCN], en: ['en-US', enUS] }

// Vant keeps its own locale for built-in texts (placeholders, "loading", …).
export function applyVantLocale(locale) {
  const [name, messages] = vantLocales[locale] ?? vantLocales['zh-CN']
  Locale.use(name, messages)
}
