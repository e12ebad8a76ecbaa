package org.gridlink.reports;

import java.util.List;

/**
 * Several reports moved to {@code status} in one batch by {@code actor}, each with one timeline
 * entry (inside the transaction that moved them); the batch counterpart of {@link TimelineWritten},
 * so the residents are told with a fixed number of statements too.
 */
record ReportsMoved(List<Long> reportIds, ReportStatus status, String actor) {}
