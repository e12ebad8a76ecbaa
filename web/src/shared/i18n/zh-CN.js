// Simplified Chinese: the primary language. Keys must match en.js (see tests/i18n.test.js).
import reportsTexts from './reports.zh-CN.js'
import surveysTexts from './surveys.zh-CN.js'
import gridsTexts from './grids.zh-CN.js'
import notificationsTexts from './notifications.zh-CN.js'
import governanceTexts from './governance.zh-CN.js'
import volunteersTexts from './volunteers.zh-CN.js'
import servicesTexts from './services.zh-CN.js'
import pointsTexts from './points.zh-CN.js'
export default {
  common: {
    appName: '网格通 GridLink',
    language: '语言',
    languages: { 'zh-CN': '简体中文', en: 'English' },
    loading: '加载中…',
    retry: '重试',
    cancel: '取消',
    confirm: '确定',
    back: '返回',
    signOut: '退出登录',
    networkError: '网络连接失败，请稍后重试',
    requestFailed: '请求失败（{status}）',
    serviceStatus: {
      label: '服务状态',
      checking: '正在检查…',
      ok: '服务正常',
      down: '服务暂不可用'
    },
    roles: {
      VOLUNTEER: '志愿者',
      RESIDENT: '居民',
      STAFF: '工作人员',
      GRID_WORKER: '网格员',
      ADMIN: '管理员'
    }
  },
  reports: reportsTexts.reports,
  surveys: surveysTexts.surveys,
  grids: gridsTexts.grids,
  workers: gridsTexts.workers,
  notifications: notificationsTexts.notifications,
  contentCheck: notificationsTexts.contentCheck,
  governance: governanceTexts.governance,
  volunteers: volunteersTexts.volunteers,
  services: servicesTexts.services,
  homeGrid: servicesTexts.homeGrid,
  portal: {
    report: reportsTexts.portal,
    tabs: { home: '首页', me: '我的' },
    findWorker: {
      title: '找网格员',
      byLocation: '用我的位置查找',
      search: '社区',
      searchHint: '输入社区或网格名称',
      go: '搜索',
      nothing: '没有找到，换个名称试试',
      noGeolocation: '此浏览器无法定位，请搜索社区',
      locationDenied: '未能获取位置，请允许定位或搜索社区'
    },
    board: {
      title: '网格员公示牌',
      workers: '网格员',
      office: '社区办公室',
      helpsWith: '我们可以帮您',
      away: '暂不在岗',
      noWorkers: '暂未公示网格员',
      roles: { GRID_CHIEF: '网格长', GRID_MANAGER: '网格管理员', GRID_WORKER: '网格员', GRID_INFORMANT: '网格信息员' }
    },
    home: {
      title: '网格通 GridLink',
      subtitle: '身边事，网格办',
      tiles: {
        volunteer: '志愿服务',
        report: '随手拍',
        findWorker: '找网格员',
        points: '志愿积分',
        services: '便民服务',
        surveys: '满意度评价'
      },
      hints: {
        volunteer: '报名活动、扫码签到',
        report: '拍照上报身边问题',
        findWorker: '联系我的网格员',
        points: '参与志愿服务赚积分',
        services: '在线办理便民事项',
        surveys: '为社区服务打分'
      }
    },
    comingSoon: {
      title: '即将上线',
      body: '“{feature}”功能正在建设中，敬请期待。',
      backHome: '返回首页'
    },
    profile: {
      title: '我的资料',
      open: '我的资料与授权',
      nickname: '昵称',
      nicknamePlaceholder: '请输入昵称',
      homeGrid: '所在网格',
      homeGridNone: '未设置',
      phone: '手机号',
      phoneNone: '未绑定',
      phoneHint: '在微信小程序中授权绑定',
      consents: '授权与意愿',
      contactByPhone: '允许电话联系我',
      contactByPhoneHint: '网格员处理我的事项时可以打电话给我',
      shareContact: '向政府部门提供联系方式',
      shareContactHint: '事项转交相关部门时，一并提供我的联系方式',
      volunteer: '我愿意当志愿者',
      volunteerHint: '由社区确认后成为志愿者',
      volunteerActive: '您已是志愿者；关闭即退出',
      save: '保存',
      saved: '已保存',
      myData: '我的数据',
      export: '导出我的数据',
      exportHint: '下载本平台保存的您的全部个人信息',
      delete: '注销账号',
      deleteConfirm: '再次点击确认注销',
      deleteHint: '删除您的个人信息并退出登录，无法恢复'
    },
    me: {
      title: '我的',
      notSignedIn: '您尚未登录',
      signedInAs: '当前用户',
      roles: '身份',
      devLoginTitle: '开发环境登录',
      devLoginName: '姓名',
      devLoginNamePlaceholder: '请输入姓名',
      devLoginNameRequired: '请输入姓名',
      devLogin: '登录（开发用）',
      useMiniProgram: '请在微信小程序中登录',
      settings: '设置',
      elderMode: '长辈模式',
      elderModeHint: '大字体、高对比、更简洁'
    }
  },
  points: pointsTexts.points,
  console: {
    screening: reportsTexts.screening,
    rewards: pointsTexts.console.rewards,
    pickup: pointsTexts.console.pickup,
    ledger: pointsTexts.console.ledger,
    title: '网格通 管理后台',
    login: {
      title: '工作人员登录',
      username: '用户名',
      password: '密码',
      usernameRequired: '请输入用户名',
      passwordRequired: '请输入密码',
      submit: '登录'
    },
    password: {
      title: '修改密码',
      intro: '首次登录或密码已重置，请先设置新密码。',
      current: '当前密码',
      new: '新密码',
      confirm: '确认新密码',
      rules: '至少 12 位，需同时包含字母和数字，且不能与用户名相同。',
      required: '请填写此项',
      tooShort: '新密码至少 12 位',
      needsLettersAndDigits: '新密码需同时包含字母和数字',
      sameAsUsername: '新密码不能与用户名相同',
      mismatch: '两次输入的新密码不一致',
      submit: '修改密码',
      changed: '密码已修改'
    },
    menu: {
      overview: '概览',
      audit: '审计日志',
      staff: '账号管理',
      screening: '上报审核'
    },
    overview: {
      welcome: '欢迎，{name}',
      account: '当前账号',
      subject: '账号标识',
      displayName: '姓名',
      roles: '角色'
    },
    audit: {
      at: '时间',
      actor: '操作人',
      action: '操作',
      method: '方法',
      path: '路径',
      status: '状态码',
      ip: 'IP 地址',
      detail: '详情',
      requestId: '请求编号',
      empty: '暂无审计记录'
    },
    staff: {
      create: '新建账号',
      username: '用户名',
      displayName: '姓名',
      password: '初始密码',
      roles: '角色',
      disabled: '已停用',
      locked: '已锁定',
      mustChangePassword: '需改密',
      createdAt: '创建时间',
      status: '状态',
      active: '正常',
      created: '账号已创建',
      rolesRequired: '请至少选择一个角色',
      passwordHint: '至少 12 位，含字母和数字；首次登录需修改',
      empty: '暂无账号'
    }
  }
}
