package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ObjectKind;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ExchangeValues#parser} parses and refuses exactly as {@link ExchangeValues#parse}. */
class ExchangeValuesParserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SEND_CONNECTOR|smartHosts|Relay.Contoso.com",
        "SEND_CONNECTOR|maxMessageSize|35 MB (36,700,160 bytes)",
        "SEND_CONNECTOR|addressSpaces|SMTP:domino.contoso.com;1",
        "SEND_CONNECTOR|port|25",
        "SEND_CONNECTOR|dnsRoutingEnabled|False",
        "RECEIVE_CONNECTOR|remoteIpRanges|10.2.0.0/24",
        "RECEIVE_CONNECTOR|authMechanism|Tls",
        "INBOUND_CONNECTOR|senderDomains|smtp:contoso.com;1",
        "SEND_CONNECTOR|port|twenty-five",
        "SEND_CONNECTOR|maxMessageSize|35 parsecs",
        "SEND_CONNECTOR|smartHosts|relay..contoso.com"
      })
  void parsesAsParseDoes(ObjectKind kind, String key, String text) {
    Attribute attribute = kind.attribute(key).orElseThrow();
    Function<String, Object> parser = ExchangeValues.parser(attribute);
    Object expected;
    try {
      expected = ExchangeValues.parse(attribute, text);
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> parser.apply(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(e.getMessage());
      return;
    }
    assertThat(parser.apply(text)).isEqualTo(expected);
  }
}
