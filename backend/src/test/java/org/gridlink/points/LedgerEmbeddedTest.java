package org.gridlink.points;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class LedgerEmbeddedTest extends LedgerContract {}
