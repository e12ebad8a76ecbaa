package org.gridlink.identity;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class ResidentSignInMariaDbTest extends ResidentSignInContract {}
