package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObjectKindKeyTest {
  @Test
  void keysNameEveryKindAndReadBack() {
    assertThat(ObjectKind.RECEIVE_CONNECTOR.key()).isEqualTo("receive-connector");
    assertThat(ObjectKind.EMAIL_ADDRESS_POLICY.key()).isEqualTo("email-address-policy");
    for (ObjectKind kind : ObjectKind.values()) {
      assertThat(ObjectKind.fromKey(kind.key())).isEqualTo(kind);
    }
    assertThat(ObjectKind.fromKey(" Send-Connector ")).isEqualTo(ObjectKind.SEND_CONNECTOR);
  }

  @Test
  void anUnknownKeyIsRefusedNamingTheKeys() {
    assertThatThrownBy(() -> ObjectKind.fromKey("connector"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not an object kind: \"connector\" (expected one of remote-domain, accepted-domain,"
                + " email-address-policy, send-connector, receive-connector, inbound-connector,"
                + " outbound-connector)");
  }
}
