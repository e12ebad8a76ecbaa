package org.gridlink.wechat;

/**
 * Event: WeChat's asynchronous verdict on a photo (the {@code wxa_media_check} callback), for the
 * feature that submitted it under {@code traceId}.
 */
public record MediaCheckCompleted(String traceId, ContentVerdict verdict, String label) {}
