package org.gridlink.identity;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * What other features may ask of identity: recording a domain action in the audit log
 * (request-level staff writes are recorded automatically by the audit filter), and the resident
 * behind a token subject.
 */
@Singleton
public class IdentityFacade {
  private final AuditLog audit;
  private final ResidentService residents;
  private final HomeGrids homeGrids;

  IdentityFacade(AuditLog audit, ResidentService residents, HomeGrids homeGrids) {
    this.audit = audit;
    this.residents = residents;
    this.homeGrids = homeGrids;
  }

  /** The resident a token subject stands for; empty for staff, unknown or deleted accounts. */
  public Optional<ResidentView> resident(String subject) {
    return residents.find(subject).map(IdentityFacade::viewOf);
  }

  /** The resident who bound this phone number (e.g. a resident calling the grid worker). */
  public Optional<ResidentView> residentByPhone(String phone) {
    return residents.findByPhone(phone).map(IdentityFacade::viewOf);
  }

  /**
   * Gives a resident account the GRID_WORKER role, or takes it away: staff link a grid worker's own
   * WeChat account to their worker record. Roles always come from the account.
   */
  public void setGridWorker(String subject, boolean gridWorker) {
    residents.setGridWorker(subject, gridWorker);
  }

  /**
   * Sets a resident's volunteer standing: the volunteers feature records an application (APPLIED),
   * a staff approval (ACTIVE, which brings the VOLUNTEER role from the next token) or a rejection
   * (NONE). The only way to ACTIVE.
   */
  public void setVolunteerStatus(String subject, VolunteerStatus status) {
    residents.setVolunteerStatus(subject, status);
  }

  /** The resident's current volunteer standing; empty for staff, unknown or deleted accounts. */
  public Optional<VolunteerStatus> volunteerStatus(String subject) {
    return residents.find(subject).map(ResidentAccount::volunteerStatus);
  }

  /**
   * The phone number the resident bound through WeChat (verified by WeChat), for staff who need to
   * reach a volunteer; never to be shown to other residents.
   */
  public Optional<String> verifiedPhone(String subject) {
    return residents.find(subject).flatMap(residents::phoneOf);
  }

  /** The resident's home grid code, if they have chosen one. */
  public Optional<String> homeGridCode(String subject) {
    return residents.find(subject).map(ResidentAccount::homeGridCode);
  }

  /** The resident's current home grid and since when; empty when none is chosen. */
  public Optional<HomeGrid> homeGrid(String subject) {
    return homeGrids.current(subject);
  }

  /** The grid that was the resident's home grid at {@code at} (from the history). */
  public Optional<String> homeGridAt(String subject, Instant at) {
    return homeGrids.at(subject, at);
  }

  /**
   * Changes the resident's home grid (null clears it), keeping the history. The caller checks that
   * the grid exists (identity does not know grids); 403 problem for non-residents.
   */
  public Optional<HomeGrid> changeHomeGrid(String subject, String gridCode) {
    return homeGrids.change(subject, gridCode);
  }

  /**
   * The openid to send a WeChat subscribe message to; only for the wechat-facing features, never to
   * be shown.
   */
  public Optional<String> openidForMessages(String subject) {
    return residents
        .find(subject)
        .filter(a -> !a.openid().startsWith("dev:"))
        .map(ResidentAccount::openid);
  }

  private static ResidentView viewOf(ResidentAccount a) {
    return new ResidentView(
        a.id(),
        a.subject(),
        a.displayName(),
        a.avatarMediaId(),
        a.homeGridCode(),
        a.contactByPhone(),
        a.shareContactWithGovernance(),
        a.roleSet());
  }

  /** When the resident's account was created (fairness checks of surveys); empty for others. */
  public Optional<Instant> accountCreatedAt(String subject) {
    return residents.find(subject).map(ResidentAccount::createdAt);
  }

  public void audit(String actor, String action, String detail) {
    audit.record(actor, null, action, null, detail);
  }
}
