package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressMaskTest {

  @Test
  void masksAddressesAndHidesRobotTokens() {
    assertThat(AddressMask.email("zhang.san@example.com")).isEqualTo("z***@example.com");
    assertThat(AddressMask.url("https://oapi.dingtalk.com/robot/send?access_token=abc"))
        .isEqualTo("https://oapi.dingtalk.com/…");
    assertThat(AddressMask.url("http://127.0.0.1:8081/hook")).isEqualTo("http://127.0.0.1:8081/…");
    assertThat(AddressMask.of(ChannelKind.IN_APP, "alice")).isEqualTo("alice");
  }
}
