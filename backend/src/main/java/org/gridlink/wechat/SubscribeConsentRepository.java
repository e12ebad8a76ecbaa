package org.gridlink.wechat;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SubscribeConsentRepository extends CrudRepository<SubscribeConsent, Long> {

  List<SubscribeConsent> findByOpenid(String openid);

  @Query(
      "UPDATE wechat_subscribe_consent SET remaining = remaining + 1, updated_at = :now"
          + " WHERE openid = :openid AND template_id = :templateId")
  long addOne(String openid, String templateId, Instant now);

  /** Spends one consent; 0 rows when none is left (so concurrent sends never overspend). */
  @Query(
      "UPDATE wechat_subscribe_consent SET remaining = remaining - 1, updated_at = :now"
          + " WHERE openid = :openid AND template_id = :templateId AND remaining > 0")
  long spendOne(String openid, String templateId, Instant now);

  @Query(
      "UPDATE wechat_subscribe_consent SET remaining = 0, updated_at = :now"
          + " WHERE openid = :openid AND template_id = :templateId")
  long clear(String openid, String templateId, Instant now);

  @Query("DELETE FROM wechat_subscribe_consent WHERE openid = :openid")
  void deleteAllOf(String openid);
}
