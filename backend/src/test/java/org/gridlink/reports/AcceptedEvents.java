package org.gridlink.reports;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the ReportAccepted events the tests cause, as the governance feature will see them. */
@Singleton
class AcceptedEvents implements ApplicationEventListener<ReportAccepted> {
  final List<ReportAccepted> seen = new CopyOnWriteArrayList<>();

  @Override
  public void onApplicationEvent(ReportAccepted event) {
    seen.add(event);
  }
}
