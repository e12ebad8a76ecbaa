package org.gridlink.reports;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridlink.common.web.ProblemException;
import org.gridlink.identity.IdentityFacade;
import org.gridlink.media.MediaFacade;
import org.gridlink.media.MediaView;
import org.gridlink.wechat.ContentVerdict;
import org.gridlink.wechat.WechatContentCheck;
import org.gridlink.wechat.WechatFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts WeChat's content check of a report being submitted: the description at once (msgSecCheck:
 * a risky text is refused before anything is saved, so the resident only revises it), the photos
 * asynchronously (mediaCheckAsync; verdicts arrive through ContentCheckVerdicts). In dev mode, or
 * for a resident without a real openid (dev login), nothing is sent and the report goes on at once.
 */
@Singleton
class ContentCheckService {
  static final String TEXT_REVIEW = "TEXT_REVIEW";
  static final String TEXT_UNCHECKED = "TEXT_UNCHECKED";
  private static final Logger LOG = LoggerFactory.getLogger(ContentCheckService.class);

  private final WechatFacade wechat;
  private final WechatContentCheck check;
  private final IdentityFacade identity;
  private final MediaFacade media;
  private final ContentCheckParts.Checks checks;
  private final ContentCheckParts.PhotoChecks photoChecks;
  private final Clock clock;

  ContentCheckService(
      WechatFacade wechat,
      WechatContentCheck check,
      IdentityFacade identity,
      MediaFacade media,
      ContentCheckParts.Checks checks,
      ContentCheckParts.PhotoChecks photoChecks,
      Clock clock) {
    this.wechat = wechat;
    this.check = check;
    this.identity = identity;
    this.media = media;
    this.checks = checks;
    this.photoChecks = photoChecks;
    this.clock = clock;
  }

  /**
   * Checks a description; throws a 422 problem when WeChat judges it risky. Answers a flag for
   * staff when WeChat wants a person to look (REVIEW) or could not be asked, else empty.
   */
  Optional<String> checkText(String reporter, String description) {
    Optional<String> openid = openid(reporter);
    if (openid.isEmpty()) {
      return Optional.empty();
    }
    ContentVerdict verdict;
    try {
      verdict = check.checkText(openid.get(), WechatContentCheck.SCENE_FORUM, description);
    } catch (ProblemException e) {
      // WeChat being down must not stop a resident from reporting a hazard: staff look instead.
      LOG.warn("Text check unavailable: {}", e.slug());
      return Optional.of(TEXT_UNCHECKED);
    }
    return switch (verdict) {
      case PASS -> Optional.empty();
      case REVIEW -> Optional.of(TEXT_REVIEW);
      case RISKY ->
          throw new ProblemException(
              HttpStatus.UNPROCESSABLE_ENTITY,
              "content-refused",
              "problem.reports.description-refused");
    };
  }

  /**
   * Sends the photos to WeChat and records a PENDING check; false when nothing needs waiting for
   * (dev mode, no openid). A photo WeChat would not take stays without a trace id and so without a
   * verdict: the time limit hands the report to staff.
   */
  boolean startPhotoCheck(Report report, List<MediaView> photos) {
    Optional<String> openid = openid(report.reporter());
    if (openid.isEmpty() || photos.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    checks.save(new ContentCheckParts.Check(report.id(), ContentCheckState.PENDING, now, null));
    for (MediaView photo : photos) {
      String trace = null;
      try {
        trace =
            check.submitImage(
                openid.get(), WechatContentCheck.SCENE_FORUM, media.absoluteUrl(photo.id()));
      } catch (ProblemException e) {
        LOG.warn("Photo check could not be started for report {}: {}", report.id(), e.slug());
      }
      photoChecks.save(
          new ContentCheckParts.PhotoCheck(null, report.id(), photo.id(), trace, null, null, null));
    }
    return true;
  }

  private Optional<String> openid(String subject) {
    return wechat.devMode() ? Optional.empty() : identity.openidForMessages(subject);
  }
}
