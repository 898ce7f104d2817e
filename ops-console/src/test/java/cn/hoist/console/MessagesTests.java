package cn.hoist.console;

import org.junit.jupiter.api.Test;

import cn.hoist.testsupport.MessageBundles;

class MessagesTests {

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        MessageBundles.assertSameKeys("src/main/resources/messages");
    }
}
