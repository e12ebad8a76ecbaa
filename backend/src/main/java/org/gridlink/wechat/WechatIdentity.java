package org.gridlink.wechat;

import io.micronaut.core.annotation.Nullable;

/**
 * Who signed in through WeChat. Deliberately without the session_key: it never leaves the wechat
 * feature (GridLink needs none of the APIs that use it).
 */
public record WechatIdentity(String openid, @Nullable String unionid) {}
