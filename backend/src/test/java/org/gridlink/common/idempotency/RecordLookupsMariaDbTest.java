package org.gridlink.common.idempotency;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class RecordLookupsMariaDbTest extends RecordLookupsContract {}
