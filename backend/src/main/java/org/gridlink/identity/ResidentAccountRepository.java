package org.gridlink.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ResidentAccountRepository extends CrudRepository<ResidentAccount, Long> {

  Optional<ResidentAccount> findByOpenid(String openid);

  /** The account, locked until the transaction ends (SELECT ... FOR UPDATE). */
  Optional<ResidentAccount> findByIdForUpdate(Long id);

  Optional<ResidentAccount> findFirstByPhoneHashAndDeletedAtIsNull(String phoneHash);
}
