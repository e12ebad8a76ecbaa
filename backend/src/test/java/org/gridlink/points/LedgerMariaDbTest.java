package org.gridlink.points;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class LedgerMariaDbTest extends LedgerContract {}
