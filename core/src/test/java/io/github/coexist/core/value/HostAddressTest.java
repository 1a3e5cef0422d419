package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostAddressTest {
  @Test
  void anAddressOrAHostName() {
    HostAddress ip = HostAddress.parse(" [203.0.113.10] ");
    assertThat(ip.address()).contains(IpAddress.parse("203.0.113.10"));
    assertThat(ip.hostName()).isEmpty();
    assertThat(ip).hasToString("203.0.113.10");
    HostAddress name = HostAddress.parse("Coex01.Contoso.COM");
    assertThat(name.hostName()).contains(SmtpDomain.parse("coex01.contoso.com"));
    assertThat(name.address()).isEmpty();
    assertThat(name.toSmartHost().kind()).isEqualTo(SmartHost.Kind.HOSTNAME);
    assertThat(name).isEqualTo(HostAddress.parse("coex01.contoso.com")).hasSameHashCodeAs(name);
    assertThat(ip).isLessThan(name);
    assertThat(HostAddress.of(IpAddress.parse("2001:db8::1"))).hasToString("2001:db8::1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "20.30.40.0/24",
        "*.contoso.com",
        "*",
        "coex01.contoso.com:25",
        "coex$(whoami).contoso.com",
        "coex01.contoso.com\n",
        "\u202ecoex01.contoso.com"
      })
  void refusesWhatIsNotOneHost(String text) {
    assertThatThrownBy(() -> HostAddress.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("an IP address or host name");
  }
}
