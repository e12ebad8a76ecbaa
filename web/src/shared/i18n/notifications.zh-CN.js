// Resident notifications (消息) and the content-check vocabulary. Keys must match notifications.en.js.
export default {
  notifications: {
    title: '消息',
    empty: '暂无消息',
    readAll: '全部已读',
    loadMore: '加载更多',
    signInFirst: '登录后可查看消息',
    unread: '未读',
    open: '查看'
  },
  contentCheck: {
    title: '内容检查',
    PENDING: '检查中',
    PASSED: '已通过',
    FLAGGED: '需人工确认',
    TIMED_OUT: '检查超时，请人工确认',
    residentChecking: '我们正在对照片和描述做安全检查，通常几分钟内完成，请您稍候。'
  }
}
