// Governance texts (补充信息, 发件箱, 治理记录), merged into zh-CN.js. Keys must match governance.en.js.
export default {
  governance: {
    infoRequest: {
      title: '需要您补充信息',
      hint: '处理部门需要更多信息，请补充文字说明或照片。',
      askedAt: '提出时间',
      text: '补充说明',
      textPlaceholder: '例如：具体位置、问题持续多久',
      submit: '提交补充信息',
      empty: '请填写补充说明或至少添加一张照片'
    },
    outbox: {
      title: '治理发件箱',
      pending: '待发送',
      failing: '发送失败重试中',
      dead: '死信',
      sent: '已发送',
      oldest: '最早待发送',
      seconds: '{n} 秒',
      caseId: '案件（上报）编号',
      kind: '类型',
      status: '状态',
      attempts: '尝试次数',
      nextAttemptAt: '下次尝试',
      lastError: '最近错误',
      createdAt: '创建时间',
      sentAt: '发送时间',
      detail: '详情',
      redrive: '重新发送',
      redriven: '已重新排队发送',
      empty: '暂无消息',
      attemptAt: '尝试时间',
      statusCode: '状态码',
      reason: '原因',
      error: '错误',
      duration: '耗时（毫秒）',
      payload: '消息内容'
    },
    history: {
      title: '治理记录',
      messages: '发往治理平台',
      events: '治理平台回传',
      department: '部门',
      note: '说明',
      occurredAt: '发生时间',
      source: '来源',
      applied: '已应用',
      notApplied: '未应用（重复或过期）',
      empty: '暂无治理记录'
    }
  }
}
