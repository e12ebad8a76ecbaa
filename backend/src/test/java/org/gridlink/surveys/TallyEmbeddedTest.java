package org.gridlink.surveys;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class TallyEmbeddedTest extends TallyContract {}
