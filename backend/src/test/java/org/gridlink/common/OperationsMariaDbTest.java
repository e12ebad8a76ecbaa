package org.gridlink.common;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class OperationsMariaDbTest extends OperationsContract {
  @Override
  boolean redisConfigured() {
    return true;
  }
}
