package org.gridlink.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationRepository extends PageableRepository<Notification, Long> {

  Page<Notification> findByRecipient(String recipient, Pageable pageable);

  Optional<Notification> findByIdAndRecipient(long id, String recipient);

  long countByRecipientAndReadAtIsNull(String recipient);

  @Query(
      "UPDATE resident_notification SET read_at = :now"
          + " WHERE id = :id AND recipient = :recipient AND read_at IS NULL")
  long markRead(long id, String recipient, Instant now);

  @Query(
      "UPDATE resident_notification SET read_at = :now"
          + " WHERE recipient = :recipient AND read_at IS NULL")
  long markAllRead(String recipient, Instant now);

  @Query(
      "UPDATE resident_notification SET delivery = :delivery, delivered_at = :now WHERE id = :id")
  long delivered(long id, NoticeDelivery delivery, Instant now);

  @Query("DELETE FROM resident_notification WHERE recipient = :recipient")
  void deleteAllOf(String recipient);
}
