package org.gridlink.volunteers;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class VolunteersMariaDbTest extends VolunteersContract {}
