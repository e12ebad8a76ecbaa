package org.gridlink.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How one handling department did with the cases it answers for over a period, from the status
 * events the governance system sent (the other half of the two-way evaluation).
 *
 * <p>Which department a case counts for: every case counts for exactly one department, so a case
 * passed from a dispatching centre to the department that fixed it is not counted twice. It is the
 * department on the case's <em>resolving event</em> (its first RESOLVED or CLOSED event naming a
 * department, by event time); for a case never resolved, the department on its latest event naming
 * one (the department holding it, or the one that rejected it). Events without a department are
 * ignored. The case is in the period when the first event naming that department falls in [from,
 * to).
 *
 * <ul>
 *   <li>{@code handled}: the cases counted for the department.
 *   <li>{@code resolved}: of those, the cases with a resolving event.
 *   <li>{@code resolvedOnTime}: resolved cases whose resolving event is at or before the due time
 *       the case was sent with (from the category's response-time target); a case reopened later
 *       keeps the verdict of its first resolution (reopenings are counted apart).
 *   <li>{@code rejected}: unresolved cases whose latest event is REJECTED; they are neither on time
 *       nor late.
 *   <li>{@code assessed}: the denominator of the on-time rate: resolved cases plus unresolved,
 *       unrejected cases already past their due time. A case still open before its due time is not
 *       judged yet.
 *   <li>{@code reopened}: resolved cases reopened (the resident said "not fixed" and GridLink sent
 *       the case back) after their resolving event; the reopen rate is reopened / resolved.
 *   <li>{@code medianHoursToResolution}: the median, over resolved cases, of the hours from the
 *       case's acceptance in GridLink (when it was queued for the governance system) to its
 *       resolving event; the mean of the two middle values for an even count; null when nothing was
 *       resolved.
 * </ul>
 */
@Serdeable
public record DepartmentOutcome(
    String department,
    long handled,
    long resolved,
    long resolvedOnTime,
    long rejected,
    long assessed,
    long reopened,
    @Nullable Double medianHoursToResolution) {}
