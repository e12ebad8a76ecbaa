package org.gridlink.servicerequests;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class ServiceRequestAssignEmbeddedTest extends ServiceRequestAssignContract {}
