package org.gridlink.servicerequests;

import jakarta.inject.Singleton;
import java.util.Collection;
import org.gridlink.identity.ResidentNotifier;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.workers.WorkersFacade;

/**
 * Tells people about a request: the resident at every step workers, staff or the system take; the
 * grid workers (their linked WeChat accounts) when a request reaches their queue or the resident
 * answers. Texts are message keys ({@code servicerequests.notice.*.title/body}), shown in the
 * reader's language; WeChat gets the Chinese.
 */
@Singleton
class RequestNotices {
  static final String KIND = "SERVICE_REQUEST";
  static final String REF_TYPE = "service-request";
  private final ResidentNotifier notifier;
  private final WorkersFacade workers;

  RequestNotices(ResidentNotifier notifier, WorkersFacade workers) {
    this.notifier = notifier;
    this.workers = workers;
  }

  void toResident(Request r, Step step) {
    notify(r.resident(), r, "servicerequests.notice." + step.name(), "/requests/");
  }

  /** To the workers' own accounts (those staff linked), opening the worker view. */
  void toWorkers(Collection<Long> workerIds, Request r, String messageKey) {
    for (long id : workerIds) {
      workers.accountOf(id).ifPresent(subject -> notify(subject, r, messageKey, "/desk/"));
    }
  }

  private void notify(String subject, Request r, String messageKey, String page) {
    String id = String.valueOf(r.id());
    notifier.notifyMessage(subject, KIND, REF_TYPE, id, page + id, messageKey, id);
  }
}
