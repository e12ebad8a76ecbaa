package org.gridlink.rewards;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class RedemptionKeysMariaDbTest extends RedemptionKeysContract {}
