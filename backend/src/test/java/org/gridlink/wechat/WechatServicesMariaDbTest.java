package org.gridlink.wechat;

import org.gridlink.support.MariaDbTest;

@MariaDbTest
class WechatServicesMariaDbTest extends WechatServicesContract {}
