package org.gridlink.wechat;

/**
 * A PNG to scan. {@code devPlaceholder} is true in dev mode: a plain QR code (labelled as such)
 * that no WeChat client will open as a mini-program page.
 */
public record MiniProgramCode(byte[] png, boolean devPlaceholder) {}
