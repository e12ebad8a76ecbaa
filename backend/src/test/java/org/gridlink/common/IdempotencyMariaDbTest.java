package org.gridlink.common;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class IdempotencyMariaDbTest extends IdempotencyContract {}
