// 网格与网格员文案（控制台网格导入、网格、网格员；居民端地图），合并进 zh-CN.js。
// 键必须与 grids.en.js 一致。
export default {
  grids: {
    menu: { import: '网格导入', list: '网格管理', workers: '网格员管理' },
    code: '编码',
    name: '名称',
    type: '类型',
    community: '社区',
    types: { COMPREHENSIVE: '综合网格', DEDICATED: '专属网格' },
    import: {
      title: '导入网格边界',
      hint: '上传 GeoJSON FeatureCollection。系统先整体校验，确认应用前不会做任何修改。',
      choose: '选择 GeoJSON 文件',
      apply: '应用导入',
      notGeoJson: '该文件不是 GeoJSON FeatureCollection。',
      valid: '{n} 个网格校验通过，可以应用。',
      applied: '导入完成：新增 {created} 个，更新 {updated} 个，未变 {unchanged} 个。',
      feature: '要素序号',
      kind: '问题',
      message: '说明',
      kinds: {
        overlap: '重叠',
        hole: '空隙',
        'invalid-polygon': '无效多边形',
        'duplicate-code': '编码重复',
        'too-few-points': '点数不足'
      }
    },
    list: {
      title: '网格管理',
      searchHint: '网格名称或编码',
      search: '搜索',
      empty: '暂无网格',
      open: '详情',
      exportAll: '导出全部（GeoJSON）',
      exportOne: '导出（GeoJSON）',
      pdf: '公示牌 PDF',
      office: '社区居委会',
      workers: '网格员',
      noWorkers: '暂无网格员',
      versions: '边界版本',
      validFrom: '生效时间',
      validTo: '失效时间',
      current: '当前'
    },
    portal: {
      byMap: '或在地图上点选您家的位置',
      found: '您所在网格：{name}',
      openBoard: '查看公示牌'
    }
  },
  workers: {
    title: '网格员管理',
    create: '新增网格员',
    edit: '编辑网格员',
    save: '保存',
    empty: '暂无网格员',
    name: '姓名',
    role: '角色',
    roles: {
      GRID_CHIEF: '网格长',
      GRID_MANAGER: '网格管理员',
      GRID_WORKER: '网格员',
      GRID_INFORMANT: '网格信息员'
    },
    fullTime: '用工',
    fullTimeYes: '专职',
    fullTimeNo: '兼职',
    photo: '照片',
    hasPhoto: '已有照片',
    officePhone: '办公电话（公开）',
    privatePhone: '私人电话',
    privateHint: '不会向居民展示',
    duties: '职责',
    dutiesHint: '多项用顿号或逗号分隔',
    serviceHours: '服务时间',
    onDuty: '状态',
    onDutyYes: '在岗',
    away: '外出',
    grids: '服务网格',
    gridsHint: '按名称或编码搜索网格'
  }
}
