package org.gridlink.governance;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class DepartmentRatingsMariaDbTest extends DepartmentRatingsContract {}
