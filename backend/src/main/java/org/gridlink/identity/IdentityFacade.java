package org.gridlink.identity;

import jakarta.inject.Singleton;

/**
 * What other features may ask of identity. Today: recording a domain action in the audit log
 * (request-level staff writes are recorded automatically by the audit filter).
 */
@Singleton
public class IdentityFacade {
  private final AuditLog audit;

  IdentityFacade(AuditLog audit) {
    this.audit = audit;
  }

  public void audit(String actor, String action, String detail) {
    audit.record(actor, null, action, null, detail);
  }
}
