package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An object built attribute by attribute is the one {@link ExchangeValues#build} gives. */
class ExchangeValuesBuilderTest {
  private static final Attribute HOSTS = attribute(ObjectKind.SEND_CONNECTOR, "smartHosts");
  private static final Attribute SIZE = attribute(ObjectKind.SEND_CONNECTOR, "maxMessageSize");
  private static final Attribute COMMENT = attribute(ObjectKind.SEND_CONNECTOR, "comment");

  @Test
  void buildsTheObjectBuildDoes() {
    Object host = ExchangeValues.parse(HOSTS, "relay.contoso.com");
    Object size = ExchangeValues.parse(SIZE, "35 MB (36,700,160 bytes)");

    ExchangeObject built =
        ExchangeValues.builder(ObjectKind.SEND_CONNECTOR)
            .name("To Domino")
            .set(HOSTS, List.of(host))
            .set(SIZE, size)
            .setNull(COMMENT)
            .build();

    assertThat(built)
        .isEqualTo(
            ExchangeValues.build(
                ObjectKind.SEND_CONNECTOR,
                "To Domino",
                Map.of("smartHosts", List.of(host), "maxMessageSize", size),
                List.of("comment")));
    assertThat(built.explicitNulls()).containsExactly("comment");
  }

  @Test
  void refusesWhatBuildRefuses() {
    ExchangeValues.ObjectBuilder builder = ExchangeValues.builder(ObjectKind.SEND_CONNECTOR);

    assertThatThrownBy(() -> builder.set(SIZE, "35 MB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sendConnectors.maxMessageSize takes ByteQuantity, not String");
    assertThatThrownBy(() -> builder.set(HOSTS, "relay.contoso.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sendConnectors.smartHosts takes a list");
    assertThatThrownBy(() -> builder.set(HOSTS, List.of("relay.contoso.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sendConnectors.smartHosts takes ");
    assertThatThrownBy(() -> builder.set(attribute(ObjectKind.SEND_CONNECTOR, "name"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the name is given apart from the values");
    Attribute other = attribute(ObjectKind.RECEIVE_CONNECTOR, "maxMessageSize");
    assertThatThrownBy(() -> builder.set(other, ExchangeValues.parse(other, "35 MB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SendConnector has no attribute receiveConnectors.maxMessageSize");
    assertThatThrownBy(() -> builder.setNull(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SendConnector has no attribute receiveConnectors.maxMessageSize");
  }

  private static Attribute attribute(ObjectKind kind, String key) {
    return kind.attribute(key).orElseThrow();
  }
}
