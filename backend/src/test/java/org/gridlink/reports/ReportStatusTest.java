package org.gridlink.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportStatusTest {
  @Test
  void finalStatesGoNowhere() {
    for (ReportStatus s :
        new ReportStatus[] {
          ReportStatus.REJECTED, ReportStatus.DUPLICATE, ReportStatus.WITHDRAWN
        }) {
      assertThat(s.next()).isEmpty();
      assertThat(s.isOpen()).isFalse();
    }
  }

  @Test
  void withdrawingIsOnlyPossibleBeforeForwarding() {
    assertThat(ReportStatus.SUBMITTED.canMoveTo(ReportStatus.WITHDRAWN)).isTrue();
    assertThat(ReportStatus.ACCEPTED.canMoveTo(ReportStatus.WITHDRAWN)).isTrue();
    assertThat(ReportStatus.FORWARDED.canMoveTo(ReportStatus.WITHDRAWN)).isFalse();
    assertThat(ReportStatus.IN_PROGRESS.canMoveTo(ReportStatus.WITHDRAWN)).isFalse();
  }

  @Test
  void aSurveyCanReopenAResolvedOrClosedReport() {
    assertThat(ReportStatus.RESOLVED.canMoveTo(ReportStatus.REOPENED)).isTrue();
    assertThat(ReportStatus.CLOSED.canMoveTo(ReportStatus.REOPENED)).isTrue();
    assertThat(ReportStatus.SUBMITTED.canMoveTo(ReportStatus.RESOLVED)).isFalse();
  }
}
