package org.gridlink.common.idempotency;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class RecordLookupsEmbeddedTest extends RecordLookupsContract {}
