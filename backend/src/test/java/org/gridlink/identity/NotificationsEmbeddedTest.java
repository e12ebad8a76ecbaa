package org.gridlink.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class NotificationsEmbeddedTest extends NotificationsContract {}
