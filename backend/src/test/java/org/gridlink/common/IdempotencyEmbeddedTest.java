package org.gridlink.common;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class IdempotencyEmbeddedTest extends IdempotencyContract {}
