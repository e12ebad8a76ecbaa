package org.gridlink.wechat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** How many messages of one template a WeChat user has agreed to receive, not yet sent. */
@MappedEntity("wechat_subscribe_consent")
record SubscribeConsent(
    @Id @GeneratedValue @Nullable Long id,
    String openid,
    String templateId,
    int remaining,
    Instant updatedAt) {}
