package org.gridlink.servicerequests;

import jakarta.inject.Singleton;
import java.util.Collection;
import org.gridlink.common.web.Messages;
import org.gridlink.identity.ResidentNotice;
import org.gridlink.identity.ResidentNotifier;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.workers.WorkersFacade;

/**
 * Tells people about a request: the resident at every step workers, staff or the system take; the
 * grid workers (their linked WeChat accounts) when a request reaches their queue or the resident
 * answers. Texts are Chinese (the notification is shown later, outside any request's language).
 */
@Singleton
class RequestNotices {
  static final String KIND = "SERVICE_REQUEST";
  static final String REF_TYPE = "service-request";
  private final ResidentNotifier notifier;
  private final WorkersFacade workers;
  private final Messages messages;

  RequestNotices(ResidentNotifier notifier, WorkersFacade workers, Messages messages) {
    this.notifier = notifier;
    this.workers = workers;
    this.messages = messages;
  }

  void toResident(Request r, Step step) {
    notifier.notify(
        r.resident(),
        notice(
            r,
            "servicerequests.notice.title",
            "servicerequests.notice." + step.name(),
            "/requests/"));
  }

  /** To the workers' own accounts (those staff linked), opening the worker view. */
  void toWorkers(Collection<Long> workerIds, Request r, String bodyKey) {
    ResidentNotice notice = notice(r, "servicerequests.notice.worker-title", bodyKey, "/desk/");
    for (long id : workerIds) {
      workers.accountOf(id).ifPresent(subject -> notifier.notify(subject, notice));
    }
  }

  private ResidentNotice notice(Request r, String titleKey, String bodyKey, String page) {
    return new ResidentNotice(
        KIND,
        REF_TYPE,
        String.valueOf(r.id()),
        messages.get(Messages.DEFAULT_LOCALE, titleKey),
        messages.get(Messages.DEFAULT_LOCALE, bodyKey, r.id()),
        page + r.id());
  }
}
