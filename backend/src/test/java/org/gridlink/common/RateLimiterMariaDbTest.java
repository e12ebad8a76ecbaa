package org.gridlink.common;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class RateLimiterMariaDbTest extends RateLimiterContract {
  @Override
  String expectedImplementation() {
    return "Redis";
  }
}
