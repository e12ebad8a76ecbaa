package org.gridlink.reports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class FollowUpsEmbeddedTest extends FollowUpsContract {}
