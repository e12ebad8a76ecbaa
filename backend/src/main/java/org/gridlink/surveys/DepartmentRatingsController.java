package org.gridlink.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.gridlink.common.web.ProblemException;
import org.gridlink.surveys.DepartmentRecords.DepartmentResults;

/**
 * Staff: the departments rated by case outcomes, next to the campaign results (the two halves of
 * the two-way evaluation). Not tied to a campaign: any period and area.
 */
@Controller("/api/v1/admin/surveys/departments")
@Tag(name = "Surveys (staff)")
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class DepartmentRatingsController {
  private final DepartmentRatings ratings;
  private final Exports exports;

  DepartmentRatingsController(DepartmentRatings ratings, Exports exports) {
    this.ratings = ratings;
    this.exports = exports;
  }

  @Operation(
      summary =
          "Handling departments rated by case outcomes (on-time closure with Wilson interval,"
              + " reopen rate, median hours) for cases first handled in [from, to) within a scope")
  @Get
  DepartmentResults departments(
      @QueryValue Instant from,
      @QueryValue Instant to,
      @Nullable @QueryValue @Pattern(regexp = "[0-9]{0,32}") String scope) {
    return results(from, to, scope);
  }

  @Operation(summary = "The department ratings as CSV or XLSX")
  @Get("/export")
  HttpResponse<byte[]> export(
      @QueryValue Instant from,
      @QueryValue Instant to,
      @Nullable @QueryValue @Pattern(regexp = "[0-9]{0,32}") String scope,
      @Nullable @QueryValue @Pattern(regexp = "csv|xlsx") String format) {
    DepartmentResults results = results(from, to, scope);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean xlsx = "xlsx".equals(format);
    if (xlsx) {
      exports.xlsx(DepartmentRatings.HEADER, DepartmentRatings.cells(results), "DEPARTMENTS", out);
    } else {
      exports.csv(DepartmentRatings.HEADER, DepartmentRatings.cells(results), out);
    }
    String name = "departments" + (results.scope().isEmpty() ? "" : "-" + results.scope());
    return HttpResponse.ok(out.toByteArray())
        .contentType(
            xlsx
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=utf-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"");
  }

  private DepartmentResults results(Instant from, Instant to, @Nullable String scope) {
    if (!from.isBefore(to)) {
      throw ProblemException.badRequest("problem.surveys.departments-period");
    }
    return ratings.results(from, to, scope == null ? "" : scope);
  }
}
