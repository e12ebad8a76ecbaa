package org.gridlink.identity;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;

/** Builds the export of a resident's personal data (the right to a copy). */
@Singleton
class ResidentExport {
  private final ResidentService residents;
  private final RefreshTokenRepository tokens;
  private final Clock clock;

  ResidentExport(ResidentService residents, RefreshTokenRepository tokens, Clock clock) {
    this.residents = residents;
    this.tokens = tokens;
    this.clock = clock;
  }

  ResidentRecords.Export of(String subject) {
    ResidentAccount a = residents.require(subject);
    var sessions =
        tokens.findByResidentId(a.id()).stream()
            .sorted(Comparator.comparing(RefreshToken::issuedAt))
            .map(
                t ->
                    new ResidentRecords.SessionView(
                        t.issuedAt(), t.expiresAt(), t.rotatedAt(), t.revokedAt()))
            .toList();
    return new ResidentRecords.Export(
        clock.instant(),
        a.openid(),
        a.unionid(),
        residents.view(a),
        residents.subscriptions(subject),
        a.updatedAt(),
        sessions);
  }
}
