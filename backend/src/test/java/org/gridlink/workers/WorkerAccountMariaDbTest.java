package org.gridlink.workers;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class WorkerAccountMariaDbTest extends WorkerAccountContract {}
