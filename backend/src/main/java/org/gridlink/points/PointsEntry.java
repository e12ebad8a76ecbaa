package org.gridlink.points;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One booked ledger entry. {@code points} is signed (EARN, REFUND and positive ADJUST add; SPEND,
 * EXPIRE and negative ADJUST take away); {@code balanceAfter} is the account's balance right after
 * it.
 */
@Serdeable
public record PointsEntry(
    long id,
    String subject,
    String type,
    long points,
    long balanceAfter,
    String businessKey,
    String reason,
    String causedBy,
    Instant at) {}
