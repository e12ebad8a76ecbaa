package org.gridlink.surveys;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class TallyMariaDbTest extends TallyContract {}
