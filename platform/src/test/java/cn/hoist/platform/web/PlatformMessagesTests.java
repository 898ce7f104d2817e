package cn.hoist.platform.web;

import org.junit.jupiter.api.Test;

import cn.hoist.testsupport.MessageBundles;

class PlatformMessagesTests {

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        MessageBundles.assertSameKeys("src/main/resources/hoist/platform-messages");
    }
}
