package org.gridlink.workers;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class WorkerAccountEmbeddedTest extends WorkerAccountContract {}
