package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing a resident should hear about. {@code title} and {@code body} are ready-to-show zh-CN
 * text (WeChat subscribe messages are Chinese); a feature that wants English too calls {@link
 * ResidentNotifier#notifyMessage} with a message key instead. {@code kind} picks the WeChat
 * template (e.g. REPORT_STATUS, REPORT_NEEDS_INFO, SERVICE_REQUEST, SURVEY_INVITE, REDEMPTION);
 * {@code refType}/{@code refId} name what it is about (e.g. "report", "42"); {@code page} is the
 * mini-program/H5 route to open (e.g. "pages/reports/detail?id=42").
 */
@Serdeable
public record ResidentNotice(
    String kind,
    @Nullable String refType,
    @Nullable String refId,
    String title,
    String body,
    @Nullable String page) {}
