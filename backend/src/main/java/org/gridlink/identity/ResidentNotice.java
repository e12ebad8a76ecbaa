package org.gridlink.identity;

import io.micronaut.serde.annotation.Serdeable;

/**
 * PLACEHOLDER until branch issue-5b (notify) is merged, which owns this type: the agreed shape of a
 * notice to a resident.
 */
@Serdeable
public record ResidentNotice(
    String kind, String refType, String refId, String title, String body, String page) {}
