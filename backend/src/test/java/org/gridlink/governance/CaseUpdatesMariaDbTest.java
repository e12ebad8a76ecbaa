package org.gridlink.governance;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class CaseUpdatesMariaDbTest extends CaseUpdatesContract {}
