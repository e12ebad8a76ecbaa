package org.gridlink.reports;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects ReportReopened and ReportSupplemented as the governance feature sees them. */
@Singleton
class FollowUpEvents {
  final List<ReportReopened> reopened = new CopyOnWriteArrayList<>();
  final List<ReportSupplemented> supplemented = new CopyOnWriteArrayList<>();

  @EventListener
  void on(ReportReopened event) {
    reopened.add(event);
  }

  @EventListener
  void on(ReportSupplemented event) {
    supplemented.add(event);
  }
}
