package org.gridlink.common;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class RateLimiterEmbeddedTest extends RateLimiterContract {
  @Override
  String expectedImplementation() {
    return "InProcess";
  }
}
