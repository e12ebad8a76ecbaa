package org.gridlink.servicerequests;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Settings of the service requests feature ({@code gridlink.service-requests.*}). */
@ConfigurationProperties("gridlink.service-requests")
public class ServiceRequestsProperties {
  /** Run the overdue check on this instance (every instance may; each request escalates once). */
  private boolean escalationEnabled = true;

  public boolean isEscalationEnabled() {
    return escalationEnabled;
  }

  public void setEscalationEnabled(boolean escalationEnabled) {
    this.escalationEnabled = escalationEnabled;
  }
}
