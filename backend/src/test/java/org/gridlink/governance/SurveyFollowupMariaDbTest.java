package org.gridlink.governance;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class SurveyFollowupMariaDbTest extends SurveyFollowupContract {}
