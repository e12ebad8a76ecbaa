package org.gridlink.identity;

/** A stored notification whose WeChat message is to be sent once its transaction commits. */
record NoticeQueued(long notificationId, String openid, String templateId) {}
