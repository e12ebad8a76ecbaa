package org.gridlink.servicerequests;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects ServiceRequestCompleted as the surveys feature will see it. */
@Singleton
class CompletedEvents implements ApplicationEventListener<ServiceRequestCompleted> {
  final List<ServiceRequestCompleted> seen = new CopyOnWriteArrayList<>();

  @Override
  public void onApplicationEvent(ServiceRequestCompleted event) {
    seen.add(event);
  }
}
