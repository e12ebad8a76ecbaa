package org.gridlink.identity;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.ProblemException;

/**
 * The signed-in resident's notifications. Every query is bound to the token's subject, so a
 * notification of someone else answers 404 exactly like one that does not exist.
 */
@Controller("/api/v1/notifications")
@Tag(name = "My notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationController {
  private final NotificationRepository notifications;
  private final Messages messages;
  private final Clock clock;

  NotificationController(NotificationRepository notifications, Messages messages, Clock clock) {
    this.notifications = notifications;
    this.messages = messages;
    this.clock = clock;
  }

  @Operation(summary = "My notifications, newest first, with the number unread")
  @Get
  NotificationRecords.NotificationPage mine(
      @RequestBean @Valid PageQuery paging, Authentication auth, HttpRequest<?> request) {
    Locale locale = Messages.localeOf(request);
    Page<Notification> page =
        notifications.findByRecipient(
            auth.getName(), paging.pageable(Sort.of(Sort.Order.desc("id"))));
    return new NotificationRecords.NotificationPage(
        page.getContent().stream().map(n -> view(n, locale)).toList(),
        page.getPageNumber(),
        page.getSize(),
        page.getTotalSize(),
        page.getTotalPages(),
        notifications.countByRecipientAndReadAtIsNull(auth.getName()));
  }

  @Operation(summary = "How many of my notifications are unread (for a badge)")
  @Get("/unread-count")
  NotificationRecords.UnreadCount unread(Authentication auth) {
    return new NotificationRecords.UnreadCount(
        notifications.countByRecipientAndReadAtIsNull(auth.getName()));
  }

  @Operation(summary = "Mark one of my notifications read")
  @Post("/{id}/read")
  HttpResponse<?> read(long id, Authentication auth) {
    if (notifications.findByIdAndRecipient(id, auth.getName()).isEmpty()) {
      throw ProblemException.notFound("problem.notifications.not-found");
    }
    notifications.markRead(id, auth.getName(), clock.instant());
    return HttpResponse.noContent();
  }

  @Operation(summary = "Mark all my notifications read")
  @Post("/read-all")
  NotificationRecords.UnreadCount readAll(Authentication auth) {
    notifications.markAllRead(auth.getName(), clock.instant());
    return new NotificationRecords.UnreadCount(0);
  }

  private NotificationRecords.NotificationView view(Notification n, Locale locale) {
    String title = n.title();
    String body = n.body();
    if (n.messageKey() != null) {
      Object[] args =
          n.messageArgs() == null || n.messageArgs().isEmpty()
              ? new Object[0]
              : n.messageArgs().split(ResidentNotifier.ARG_SEPARATOR, -1);
      title = messages.get(locale, n.messageKey() + ".title", args);
      body = messages.get(locale, n.messageKey() + ".body", args);
    }
    return new NotificationRecords.NotificationView(
        n.id(),
        n.kind(),
        n.refType(),
        n.refId(),
        title,
        body,
        n.page(),
        n.readAt() != null,
        n.createdAt());
  }
}
