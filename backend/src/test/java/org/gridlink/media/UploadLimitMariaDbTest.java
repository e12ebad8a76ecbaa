package org.gridlink.media;

import io.micronaut.context.annotation.Property;
import org.gridlink.support.MariaDbTest;

@MariaDbTest
@Property(name = "gridlink.media.uploads-per-hour", value = "2")
class UploadLimitMariaDbTest extends UploadLimitContract {}
