package org.gridlink.identity;

import jakarta.inject.Singleton;
import java.time.Clock;

/** Writes audit entries; the one place that knows how an entry is built. */
@Singleton
class AuditLog {
  private static final int MAX_PATH = 500;
  private static final int MAX_DETAIL = 1000;
  private final AuditRepository repository;
  private final Clock clock;

  AuditLog(AuditRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  void record(String actor, String roles, String action, ClientInfo client, String detail) {
    save(actor, roles, action, null, null, null, client, detail);
  }

  void save(
      String actor,
      String roles,
      String action,
      String method,
      String path,
      Integer status,
      ClientInfo client,
      String detail) {
    repository.save(
        new AuditEntry(
            null,
            truncate(actor, 100),
            roles,
            action,
            method,
            truncate(path, MAX_PATH),
            status,
            client == null ? null : client.ip(),
            client == null ? null : client.requestId(),
            truncate(detail, MAX_DETAIL),
            clock.instant()));
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
