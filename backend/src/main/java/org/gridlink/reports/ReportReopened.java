package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Published in the reopening transaction when a resolved or closed report is reopened (e.g. the
 * resident was not satisfied): the governance feature sends the case back as a case update.
 */
@Serdeable
public record ReportReopened(long reportId, @Nullable String note, Instant at) {}
