package org.gridlink.media;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
@Property(name = "gridlink.media.uploads-per-hour", value = "2")
class UploadLimitEmbeddedTest extends UploadLimitContract {}
