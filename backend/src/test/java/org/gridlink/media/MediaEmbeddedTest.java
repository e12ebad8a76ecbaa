package org.gridlink.media;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class MediaEmbeddedTest extends MediaContract {}
