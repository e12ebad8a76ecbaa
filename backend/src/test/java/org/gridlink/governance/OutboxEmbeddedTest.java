package org.gridlink.governance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class OutboxEmbeddedTest extends OutboxContract {}
