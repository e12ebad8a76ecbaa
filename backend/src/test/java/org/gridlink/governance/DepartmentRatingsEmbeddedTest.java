package org.gridlink.governance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class DepartmentRatingsEmbeddedTest extends DepartmentRatingsContract {}
