package org.gridlink.identity;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class NotificationsMariaDbTest extends NotificationsContract {}
