package org.gridlink.surveys;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class FollowupRemindersEmbeddedTest extends FollowupRemindersContract {}
