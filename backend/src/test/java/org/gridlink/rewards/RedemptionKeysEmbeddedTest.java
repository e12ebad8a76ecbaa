package org.gridlink.rewards;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class RedemptionKeysEmbeddedTest extends RedemptionKeysContract {}
