package org.gridlink.reports;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class BatchMoveMariaDbTest extends BatchMoveContract {}
