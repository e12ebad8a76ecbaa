package org.gridlink.points;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Published after the transaction that booked an entry has committed (never for a rolled-back one,
 * never twice for one business key): leaderboards and notifications follow it. {@code points} is
 * signed like {@link PointsEntry#points()}.
 */
@Serdeable
public record PointsBooked(String subject, String type, long points, Instant at) {}
