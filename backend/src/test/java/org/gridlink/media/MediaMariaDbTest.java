package org.gridlink.media;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class MediaMariaDbTest extends MediaContract {}
