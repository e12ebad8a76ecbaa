package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One line of the audit log: who did what, when, from where. Never updated. */
@MappedEntity("audit_log")
record AuditEntry(
    @Id @GeneratedValue @Nullable Long id,
    String actor,
    @Nullable String actorRoles,
    String action,
    @Nullable String httpMethod,
    @Nullable String path,
    @Nullable Integer status,
    @Nullable String ip,
    @Nullable String requestId,
    @Nullable String detail,
    Instant occurredAt) {}
