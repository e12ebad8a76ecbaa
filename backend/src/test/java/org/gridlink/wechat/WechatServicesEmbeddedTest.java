package org.gridlink.wechat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class WechatServicesEmbeddedTest extends WechatServicesContract {}
