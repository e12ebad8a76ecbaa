package org.gridlink.identity;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.common.ratelimit.RateLimitExceededException;
import org.gridlink.common.ratelimit.RateLimiter;
import org.gridlink.common.web.ProblemException;
import org.gridlink.wechat.WechatFacade;
import org.gridlink.wechat.WechatIdentity;
import org.gridlink.wechat.WechatSubscribeMessages;

/**
 * Resident accounts: WeChat sign-in (find or create by openid), the resident behind a token, and
 * the resident's own profile. Every method takes the caller's subject, never an account id, so no
 * resident can reach another's data.
 */
@Singleton
class ResidentService {
  private final ResidentAccountRepository accounts;
  private final ResidentSessions sessions;
  private final WechatFacade wechat;
  private final RateLimiter rateLimiter;
  private final PhoneCipher phones;
  private final WechatSubscribeMessages subscriptions;
  private final NotificationRepository notifications;
  private final GridlinkProperties properties;
  private final HomeGridPeriodRepository homeGridPeriods;
  private final Clock clock;

  ResidentService(
      ResidentAccountRepository accounts,
      ResidentSessions sessions,
      WechatFacade wechat,
      RateLimiter rateLimiter,
      PhoneCipher phones,
      WechatSubscribeMessages subscriptions,
      NotificationRepository notifications,
      GridlinkProperties properties,
      HomeGridPeriodRepository homeGridPeriods,
      Clock clock) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.wechat = wechat;
    this.rateLimiter = rateLimiter;
    this.phones = phones;
    this.subscriptions = subscriptions;
    this.notifications = notifications;
    this.properties = properties;
    this.homeGridPeriods = homeGridPeriods;
    this.clock = clock;
  }

  ResidentRecords.TokenResponse signInWithWechat(String code, ClientInfo client) {
    RateLimiter.Decision decision =
        rateLimiter.acquire(
            "wechat-login:" + client.ip(),
            properties.getLogin().getRateLimitPerMinute(),
            Duration.ofMinutes(1));
    if (!decision.allowed()) {
      throw new RateLimitExceededException(decision.retryAfter());
    }
    WechatIdentity who = wechat.signIn(code);
    return sessions.start(findOrCreate(who.openid(), who.unionid()));
  }

  private ResidentAccount findOrCreate(String openid, String unionid) {
    Optional<ResidentAccount> found = accounts.findByOpenid(openid);
    if (found.isPresent()) {
      return found.get();
    }
    try {
      return accounts.save(ResidentAccount.create(openid, unionid, clock.instant()));
    } catch (DataAccessException e) {
      // Two first sign-ins at once: the other one created it.
      return accounts.findByOpenid(openid).orElseThrow(() -> e);
    }
  }

  /** The resident a token stands for: resident:<id>, or a dev resident in the embedded mode. */
  /** Grants or withdraws GRID_WORKER; it takes effect at the account's next token. */
  void setGridWorker(String subject, boolean gridWorker) {
    ResidentAccount account =
        find(subject).orElseThrow(() -> ProblemException.notFound("problem.resident.not-found"));
    accounts.update(account.withGridWorker(gridWorker, clock.instant()));
  }

  Optional<ResidentAccount> find(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    if (subject.startsWith(ResidentAccount.SUBJECT_PREFIX)) {
      try {
        long id = Long.parseLong(subject.substring(ResidentAccount.SUBJECT_PREFIX.length()));
        return accounts.findById(id).filter(a -> a.deletedAt() == null);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (properties.isEmbedded()
        && (subject.startsWith("dev:RESIDENT:") || subject.startsWith("dev:VOLUNTEER:"))) {
      return Optional.of(findOrCreate(subject, null));
    }
    return Optional.empty();
  }

  /** The resident who bound this phone number, found by its keyed hash (never decrypting). */
  Optional<ResidentAccount> findByPhone(String phone) {
    return accounts.findFirstByPhoneHashAndDeletedAtIsNull(phones.hash(phone.trim()));
  }

  ResidentAccount require(String subject) {
    return find(subject)
        .orElseThrow(
            () ->
                new ProblemException(
                    HttpStatus.FORBIDDEN, "forbidden", "problem.resident.only-residents"));
  }

  ResidentRecords.ProfileView profile(String subject) {
    return view(require(subject));
  }

  ResidentRecords.ProfileView update(String subject, ResidentRecords.ProfilePatch patch) {
    ResidentAccount a = require(subject);
    if (patch.homeGridCode() != null) {
      // The home grid has a history (eligibility asks for it at a date) and must be a real grid:
      // only PUT /api/v1/me/home-grid changes it.
      throw ProblemException.badRequest("problem.resident.home-grid-elsewhere");
    }
    VolunteerStatus status =
        patch.volunteerStatus() == null ? a.volunteerStatus() : patch.volunteerStatus();
    if (!a.volunteerStatus().residentMayChangeTo(status)) {
      throw ProblemException.badRequest("problem.resident.volunteer-status", status.name());
    }
    ResidentAccount updated =
        a.withProfile(
            merge(patch.nickname(), a.nickname()),
            merge(patch.avatarMediaId(), a.avatarMediaId()),
            a.homeGridCode(),
            patch.contactByPhone() == null ? a.contactByPhone() : patch.contactByPhone(),
            patch.shareContactWithGovernance() == null
                ? a.shareContactWithGovernance()
                : patch.shareContactWithGovernance(),
            status,
            clock.instant());
    return view(accounts.update(updated));
  }

  ResidentRecords.ProfileView bindPhone(String subject, String code) {
    ResidentAccount a = require(subject);
    String phone = wechat.phoneNumber(code);
    PhoneCipher.Sealed sealed = phones.encrypt(phone);
    return view(
        accounts.update(
            a.withPhone(sealed.cipherText(), sealed.keyId(), phones.hash(phone), clock.instant())));
  }

  /** Records the subscribe-message templates the resident just accepted in the mini-program. */
  java.util.Map<String, Integer> recordSubscriptions(
      String subject, java.util.List<String> templateIds) {
    ResidentAccount a = require(subject);
    subscriptions.recordConsents(a.openid(), templateIds);
    return subscriptions.remainingConsents(a.openid());
  }

  java.util.Map<String, Integer> subscriptions(String subject) {
    return subscriptions.remainingConsents(require(subject).openid());
  }

  /** Erases the resident's personal data and ends every session. */
  void delete(String subject) {
    ResidentAccount a = require(subject);
    Instant now = clock.instant();
    sessions.endAll(a.id());
    subscriptions.forget(a.openid());
    // Where someone lived is personal data too.
    homeGridPeriods.deleteByResidentId(a.id());
    notifications.deleteAllOf(subject);
    accounts.update(a.erased("erased:" + UUID.randomUUID(), now));
  }

  ResidentRecords.ProfileView view(ResidentAccount a) {
    String phone =
        a.phoneCipher() == null
            ? null
            : PhoneCipher.mask(phones.decrypt(a.phoneKeyId(), a.phoneCipher()));
    return new ResidentRecords.ProfileView(
        a.subject(),
        a.nickname(),
        a.avatarMediaId(),
        a.homeGridCode(),
        phone,
        new ResidentRecords.Consents(a.contactByPhone(), a.shareContactWithGovernance()),
        a.volunteerStatus(),
        a.roleSet(),
        a.createdAt());
  }

  private static String merge(String patched, String current) {
    if (patched == null) {
      return current;
    }
    String trimmed = patched.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
