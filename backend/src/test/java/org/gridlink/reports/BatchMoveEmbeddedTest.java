package org.gridlink.reports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class BatchMoveEmbeddedTest extends BatchMoveContract {}
