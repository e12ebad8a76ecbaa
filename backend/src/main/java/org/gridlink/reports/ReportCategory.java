package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Duration;

/** One entry of the two-level catalog, with its default severity and SLA per severity. */
@MappedEntity("report_category")
record ReportCategory(
    @Id String code,
    @Nullable String parentCode,
    String nameZh,
    String nameEn,
    Severity defaultSeverity,
    int slaDailyHours,
    int slaGeneralHours,
    int slaSeriousHours,
    boolean allowAnonymous,
    boolean autoAccept,
    int sortOrder,
    boolean active) {

  Duration sla(Severity severity) {
    return Duration.ofHours(
        switch (severity) {
          case DAILY -> slaDailyHours;
          case GENERAL -> slaGeneralHours;
          case SERIOUS -> slaSeriousHours;
        });
  }
}
