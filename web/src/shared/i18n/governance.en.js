// Governance texts (information requests, outbox, case history), merged into en.js. Keys must match governance.zh-CN.js.
export default {
  governance: {
    infoRequest: {
      title: 'Please add information',
      hint: 'The department handling your report needs more information. Please add text or a photo.',
      askedAt: 'Asked at',
      text: 'Your information',
      textPlaceholder: 'e.g. the exact place, how long it has been like this',
      submit: 'Send information',
      empty: 'Please write something or add at least one photo'
    },
    outbox: {
      title: 'Governance outbox',
      pending: 'Pending',
      failing: 'Failing (retrying)',
      dead: 'Dead letters',
      sent: 'Sent',
      oldest: 'Oldest pending',
      seconds: '{n} s',
      caseId: 'Case (report) id',
      kind: 'Kind',
      status: 'Status',
      attempts: 'Attempts',
      nextAttemptAt: 'Next attempt',
      lastError: 'Last error',
      createdAt: 'Created',
      sentAt: 'Sent',
      detail: 'Details',
      redrive: 'Send again',
      redriven: 'Queued to be sent again',
      empty: 'No messages',
      attemptAt: 'Attempted at',
      statusCode: 'Status code',
      reason: 'Reason',
      error: 'Error',
      duration: 'Duration (ms)',
      payload: 'Payload'
    },
    history: {
      title: 'Governance history',
      messages: 'Sent to governance',
      events: 'Received from governance',
      department: 'Department',
      note: 'Note',
      occurredAt: 'Occurred at',
      source: 'Source',
      applied: 'Applied',
      notApplied: 'Not applied (duplicate or stale)',
      empty: 'No governance history yet'
    }
  }
}
