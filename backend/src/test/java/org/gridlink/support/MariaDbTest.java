package org.gridlink.support;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the real MariaDB (MySQL Connector/J) and Redis (Lettuce) instead of the
 * embedded stand-ins. The services are checked first, with a message on how to start them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ExternalServices.class)
@MicronautTest(environments = "mariadb", transactional = false)
public @interface MariaDbTest {}
