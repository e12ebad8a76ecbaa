package org.gridlink.grids;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class HomeGridMariaDbTest extends HomeGridContract {}
