package org.gridlink.identity;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PLACEHOLDER until branch issue-5b (notify) is merged, which owns this class (in-app notices and
 * WeChat subscribe messages). Same signature as agreed; here it only logs.
 */
@Singleton
public class ResidentNotifier {
  private static final Logger LOG = LoggerFactory.getLogger(ResidentNotifier.class);

  public void notify(String residentSubject, ResidentNotice notice) {
    LOG.debug("Notice {} {} for a resident (placeholder notifier)", notice.kind(), notice.refId());
  }
}
