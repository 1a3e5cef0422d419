package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generic attribute catalogue reads what the typed accessors hold. */
class AttributeAccessTest {
  static Stream<ObjectKind> kinds() {
    return EnumSet.allOf(ObjectKind.class).stream();
  }

  static ExchangeObject bare(ObjectKind kind) {
    return switch (kind) {
      case REMOTE_DOMAIN -> RemoteDomain.builder().name("n").build();
      case ACCEPTED_DOMAIN -> AcceptedDomain.builder().name("n").build();
      case EMAIL_ADDRESS_POLICY -> EmailAddressPolicy.builder().name("n").build();
      case SEND_CONNECTOR -> SendConnector.builder().name("n").build();
      case RECEIVE_CONNECTOR -> ReceiveConnector.builder().name("n").build();
      case INBOUND_CONNECTOR -> InboundConnector.builder().name("n").build();
      case OUTBOUND_CONNECTOR -> OutboundConnector.builder().name("n").build();
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aBareObjectManagesOnlyItsName(ObjectKind kind) {
    ExchangeObject object = bare(kind);
    assertThat(kind.attributes().get(0).key()).isEqualTo("name");
    for (Attribute attribute : kind.attributes()) {
      if (attribute.key().equals("name")) {
        assertThat(attribute.valueIn(object)).contains("n");
      } else {
        assertThat(attribute.isManagedIn(object)).as("%s", attribute).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void refusesAnObjectOfAnotherKind(ObjectKind kind) {
    List<ObjectKind> kinds = List.of(ObjectKind.values());
    ObjectKind other = kinds.get((kinds.indexOf(kind) + 1) % kinds.size());
    Attribute attribute = kind.attributes().get(0);
    assertThatThrownBy(() -> attribute.valueIn(bare(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name is not an attribute of " + other.noun());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void eachKindExistsWhereMicrosoftDocumentsIt(ObjectKind kind) {
    boolean online = kind.platforms().contains(Platform.EXCHANGE_ONLINE);
    boolean server = kind.platforms().contains(Platform.EXCHANGE_2019);
    switch (kind) {
      case SEND_CONNECTOR, RECEIVE_CONNECTOR -> {
        assertThat(online).isFalse();
        assertThat(server).isTrue();
      }
      case INBOUND_CONNECTOR, OUTBOUND_CONNECTOR -> {
        assertThat(online).isTrue();
        assertThat(server).isFalse();
      }
      default -> {
        assertThat(online).isTrue();
        assertThat(server).isTrue();
      }
    }
  }

  @Test
  void getShowsEveryAttributeUnderItsParameterButAcceptedDomainsMakeDefault() {
    for (ObjectKind kind : ObjectKind.values()) {
      for (Attribute attribute : kind.attributes()) {
        String expected =
            kind == ObjectKind.ACCEPTED_DOMAIN && attribute.key().equals("makeDefault")
                ? "Default"
                : attribute.parameter();
        assertThat(attribute.property()).as("%s", attribute).isEqualTo(expected);
      }
    }
  }
}
