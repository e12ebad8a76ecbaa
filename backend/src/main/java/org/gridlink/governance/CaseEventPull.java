package org.gridlink.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.gridlink.common.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback for lost pushes: reads {@code GET {base}/case-events?after={cursor}} page by page
 * into the same handler as pushes, keeping the cursor in the database.
 */
@Singleton
class CaseEventPull {
  static final String CURSOR = "case-events";
  private static final Logger LOG = LoggerFactory.getLogger(CaseEventPull.class);

  private final GovernanceClient client;
  private final CaseEventHandler handler;
  private final GovernanceRepositories.Cursors cursors;
  private final JsonMapper json;
  private final Clock clock;

  CaseEventPull(
      GovernanceClient client,
      CaseEventHandler handler,
      GovernanceRepositories.Cursors cursors,
      JsonMapper json,
      Clock clock) {
    this.client = client;
    this.handler = handler;
    this.cursors = cursors;
    this.json = json;
    this.clock = clock;
  }

  @Serdeable
  record EventPage(List<CaseEvent> events, @Nullable String cursor) {}

  /** Pulls until the governance system has nothing newer; returns the number of events read. */
  int pull() throws IOException, InterruptedException {
    int read = 0;
    while (true) {
      String after = cursors.findById(CURSOR).map(GovernanceEntities.Cursor::lastCursor).orElse("");
      HttpResponse<String> r =
          client.get("/case-events?after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
      if (r.statusCode() != 200) {
        throw new IOException("case-events answered HTTP " + r.statusCode());
      }
      EventPage page = json.readValue(r.body(), EventPage.class);
      if (page.events() == null || page.events().isEmpty() || page.cursor() == null) {
        return read;
      }
      for (CaseEvent e : page.events()) {
        try {
          handler.handle(e, "pull");
        } catch (ProblemException problem) {
          // An unknown case or status cannot be fixed by pulling again: log it and move on.
          LOG.warn("Pulled governance event {} skipped: {}", e.eventId(), problem.messageKey());
        }
        read++;
      }
      save(page.cursor());
    }
  }

  private void save(String cursor) {
    var row = new GovernanceEntities.Cursor(CURSOR, cursor, clock.instant());
    if (cursors.existsById(CURSOR)) {
      cursors.update(row);
    } else {
      cursors.save(row);
    }
  }
}
