package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.value.SmtpDomain;
import org.junit.jupiter.api.Test;

class ExplicitNullsTest {
  @Test
  void absentSetAndNullAreThreeDifferentStates() {
    OutboundConnector absent = OutboundConnector.builder().name("To Domino").build();
    OutboundConnector nulled =
        OutboundConnector.builder().name("To Domino").addExplicitNull("tlsSettings").build();
    OutboundConnector set =
        OutboundConnector.builder()
            .name("To Domino")
            .tlsSettings(TlsAuthLevel.ENCRYPTION_ONLY)
            .build();
    Attribute tls = ObjectKind.OUTBOUND_CONNECTOR.attribute("tlsSettings").orElseThrow();

    assertThat(tls.isManagedIn(absent)).isFalse();
    assertThat(tls.isManagedIn(nulled)).isTrue();
    assertThat(tls.valueIn(nulled)).isEmpty();
    assertThat(tls.valueIn(set)).contains(TlsAuthLevel.ENCRYPTION_ONLY);
    assertThat(absent).isNotEqualTo(nulled).isNotEqualTo(set);
  }

  @Test
  void refusesNullForAnUnknownAttribute() {
    assertThatThrownBy(
            () -> RemoteDomain.builder().name("d").addExplicitNull("tlsSettings").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RemoteDomain has no attribute tlsSettings to set to null");
  }

  @Test
  void refusesAnAttributeThatIsBothSetAndNull() {
    assertThatThrownBy(
            () ->
                RemoteDomain.builder()
                    .name("d")
                    .domainName(SmtpDomain.parse("domino.contoso.com"))
                    .addExplicitNull("domainName")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RemoteDomain.domainName is both set and null");
  }

  @Test
  void refusesAnEmptyName() {
    assertThatThrownBy(() -> SendConnector.builder().name("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SendConnector.name must not be empty");
  }

  @Test
  void missingNameIsNamedInTheMessage() {
    assertThatThrownBy(() -> ReceiveConnector.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[name]");
  }

  @Test
  void listsKeepOrderAndDuplicates() {
    SendConnector c =
        SendConnector.builder()
            .name("x")
            .addAddressSpace(io.github.coexist.core.value.AddressSpace.parse("b.com"))
            .addAddressSpace(io.github.coexist.core.value.AddressSpace.parse("a.com"))
            .addAddressSpace(io.github.coexist.core.value.AddressSpace.parse("b.com"))
            .build();
    assertThat(c.addressSpaces())
        .extracting(Object::toString)
        .containsExactly("SMTP:b.com;1", "SMTP:a.com;1", "SMTP:b.com;1");
  }
}
