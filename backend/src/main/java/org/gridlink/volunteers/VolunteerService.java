package org.gridlink.volunteers;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.AreaLevel;
import org.gridlink.grids.AreaSummary;
import org.gridlink.grids.GridsFacade;
import org.gridlink.identity.IdentityFacade;
import org.gridlink.identity.ResidentView;
import org.gridlink.identity.VolunteerStatus;
import org.gridlink.volunteers.VolunteerEntities.Volunteer;
import org.gridlink.volunteers.VolunteerRecords.VolunteerView;

/**
 * Volunteer applications and staff decisions. The account's volunteer standing in identity (which
 * gives the VOLUNTEER role) follows every decision in the same transaction, and approval here is
 * the only way to ACTIVE.
 */
@Singleton
class VolunteerService {
  private final VolunteerRepositories.Volunteers volunteers;
  private final IdentityFacade identity;
  private final GridsFacade grids;
  private final Clock clock;

  VolunteerService(
      VolunteerRepositories.Volunteers volunteers,
      IdentityFacade identity,
      GridsFacade grids,
      Clock clock) {
    this.volunteers = volunteers;
    this.identity = identity;
    this.grids = grids;
    this.clock = clock;
  }

  @Transactional
  VolunteerView apply(String subject, VolunteerRecords.Apply body) {
    ResidentView resident =
        identity
            .resident(subject)
            .orElseThrow(
                () ->
                    new ProblemException(
                        HttpStatus.FORBIDDEN, "forbidden", "problem.resident.only-residents"));
    if (identity.verifiedPhone(subject).isEmpty()) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "phone-required", "problem.volunteers.phone-required");
    }
    String gridCode = body.gridCode() != null ? body.gridCode() : resident.homeGridCode();
    if (gridCode == null) {
      throw ProblemException.badRequest("problem.volunteers.grid-required");
    }
    AreaSummary community =
        community(gridCode)
            .orElseThrow(() -> ProblemException.badRequest("problem.volunteers.unknown-grid"));
    Optional<Volunteer> existing = volunteers.findBySubject(subject);
    if (existing.isPresent() && !existing.get().status().canMoveTo(VolunteerStanding.APPLIED)) {
      throw ProblemException.conflict("problem.volunteers.already-applied");
    }
    Volunteer base =
        existing.orElse(
            new Volunteer(
                null,
                subject,
                "",
                "",
                "",
                VolunteerStanding.APPLIED,
                null,
                null,
                null,
                null,
                clock.instant()));
    Volunteer applied =
        base.applied(body.realName().trim(), community.code(), community.name(), clock.instant());
    Volunteer saved = applied.id() == null ? volunteers.save(applied) : volunteers.update(applied);
    identity.setVolunteerStatus(subject, VolunteerStatus.APPLIED);
    return view(saved, false);
  }

  /** The community a grid belongs to, from its notice board's chain. */
  private Optional<AreaSummary> community(String gridCode) {
    return grids
        .board(gridCode)
        .flatMap(b -> b.chain().stream().filter(a -> a.level() == AreaLevel.COMMUNITY).findFirst());
  }

  @Transactional
  VolunteerView approve(long id, String actor) {
    Volunteer decided = decide(id, VolunteerStanding.ACTIVE, null, actor);
    identity.setVolunteerStatus(decided.subject(), VolunteerStatus.ACTIVE);
    return view(decided, true);
  }

  @Transactional
  VolunteerView reject(long id, String reason, String actor) {
    Volunteer decided = decide(id, VolunteerStanding.REJECTED, reason.trim(), actor);
    identity.setVolunteerStatus(decided.subject(), VolunteerStatus.NONE);
    return view(decided, true);
  }

  /** The volunteer stops (or withdraws the application); they may apply again later. */
  @Transactional
  VolunteerView withdraw(String subject) {
    Volunteer v = mine(subject);
    Volunteer decided = move(v, VolunteerStanding.WITHDRAWN, null, subject);
    identity.setVolunteerStatus(subject, VolunteerStatus.NONE);
    return view(decided, false);
  }

  private Volunteer decide(long id, VolunteerStanding to, String reason, String actor) {
    Volunteer v =
        volunteers
            .findById(id)
            .orElseThrow(() -> ProblemException.notFound("problem.volunteers.not-found"));
    return move(v, to, reason, actor);
  }

  private Volunteer move(Volunteer v, VolunteerStanding to, String reason, String actor) {
    if (!v.status().canMoveTo(to)) {
      throw ProblemException.conflict("problem.volunteers.bad-transition", v.status(), to);
    }
    return volunteers.update(v.decided(to, reason, actor, clock.instant()));
  }

  Optional<Volunteer> find(String subject) {
    return volunteers.findBySubject(subject);
  }

  Volunteer mine(String subject) {
    return volunteers
        .findBySubject(subject)
        .orElseThrow(() -> ProblemException.notFound("problem.volunteers.no-application"));
  }

  /**
   * The caller as an active volunteer. Identity has the last word: a volunteer who withdrew on
   * their profile is no longer active here either.
   */
  Volunteer requireActive(String subject) {
    return volunteers
        .findBySubject(subject)
        .filter(v -> v.status() == VolunteerStanding.ACTIVE)
        .filter(v -> identity.volunteerStatus(subject).orElse(null) == VolunteerStatus.ACTIVE)
        .orElseThrow(
            () ->
                new ProblemException(
                    HttpStatus.FORBIDDEN, "forbidden", "problem.volunteers.not-active"));
  }

  Page<VolunteerView> list(VolunteerStanding status, Pageable pageable) {
    return volunteers.findByStatus(status, pageable).map(v -> view(v, true));
  }

  VolunteerView view(Volunteer v, boolean forStaff) {
    return new VolunteerView(
        v.id(),
        v.realName(),
        v.communityCode(),
        v.communityName(),
        v.status(),
        v.rejectReason(),
        v.decidedAt(),
        forStaff ? identity.verifiedPhone(v.subject()).orElse(null) : null,
        v.createdAt());
  }
}
