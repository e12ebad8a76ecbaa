package org.gridlink.servicerequests;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class ServiceRequestAssignMariaDbTest extends ServiceRequestAssignContract {}
