package org.gridlink.volunteers;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class VolunteersEmbeddedTest extends VolunteersContract {}
