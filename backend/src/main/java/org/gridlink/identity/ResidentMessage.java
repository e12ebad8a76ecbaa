package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One notice from the message bundle for {@link ResidentNotifier#notifyAll}: the arguments of
 * {@link ResidentNotifier#notifyMessage} as a value, so many can be stored at once.
 */
public record ResidentMessage(
    String residentSubject,
    String kind,
    @Nullable String refType,
    @Nullable String refId,
    @Nullable String page,
    String messageKey,
    List<String> args) {}
