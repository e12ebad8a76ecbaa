package org.gridlink.surveys;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class SurveysMariaDbTest extends SurveysContract {}
