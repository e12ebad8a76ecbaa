package org.gridlink.servicerequests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceRequestStatusTest {
  @Test
  void closedAndCancelledAreFinal() {
    assertThat(ServiceRequestStatus.CLOSED.next()).isEmpty();
    assertThat(ServiceRequestStatus.CANCELLED.next()).isEmpty();
  }

  @Test
  void onlyADoneRequestIsConfirmedOrSaidNotDone() {
    for (ServiceRequestStatus s : ServiceRequestStatus.values()) {
      boolean done = s == ServiceRequestStatus.DONE;
      assertThat(s.canMoveTo(ServiceRequestStatus.REOPENED)).as(s.name()).isEqualTo(done);
    }
    assertThat(ServiceRequestStatus.DONE.canMoveTo(ServiceRequestStatus.WITH_STAFF)).isTrue();
    assertThat(ServiceRequestStatus.DONE.canMoveTo(ServiceRequestStatus.CANCELLED)).isFalse();
    assertThat(ServiceRequestStatus.WITH_STAFF.next()).containsExactly(ServiceRequestStatus.CLOSED);
  }

  @Test
  void theResponseClockPausesWhileWaitingForTheResident() {
    assertThat(ServiceRequestStatus.NEEDS_INFO.clockRuns()).isFalse();
    assertThat(ServiceRequestStatus.NEEDS_INFO.withWorkers()).isTrue();
    assertThat(ServiceRequestStatus.REOPENED.clockRuns()).isTrue();
    assertThat(ServiceRequestStatus.DONE.clockRuns()).isFalse();
  }

  @Test
  void staffAssignOnlyWhileTheRequestIsWithTheWorkers() {
    assertThat(ServiceRequestStatus.values())
        .filteredOn(ServiceRequestStatus::staffMayAssign)
        .containsExactlyInAnyOrder(
            ServiceRequestStatus.SUBMITTED,
            ServiceRequestStatus.ACCEPTED,
            ServiceRequestStatus.NEEDS_INFO,
            ServiceRequestStatus.REOPENED);
  }
}
