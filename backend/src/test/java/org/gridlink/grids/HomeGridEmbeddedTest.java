package org.gridlink.grids;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class HomeGridEmbeddedTest extends HomeGridContract {}
