// Resident notifications and the content-check vocabulary. Keys must match notifications.zh-CN.js.
export default {
  notifications: {
    title: 'Messages',
    empty: 'No messages yet',
    readAll: 'Mark all read',
    loadMore: 'Load more',
    signInFirst: 'Sign in to see your messages',
    unread: 'Unread',
    open: 'Open'
  },
  contentCheck: {
    title: 'Content check',
    PENDING: 'Checking',
    PASSED: 'Passed',
    FLAGGED: 'Needs a person to look',
    TIMED_OUT: 'Check timed out: please decide',
    residentChecking: 'We are checking the photos and description. This usually takes a few minutes. Thank you for waiting.'
  }
}
