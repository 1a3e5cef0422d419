package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.planio.ExchangeValues;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-read cache of parsed values: each distinct text parsed once, with the same results. */
class ParsedValuesTest {
  private static final Attribute SIZE =
      ObjectKind.SEND_CONNECTOR.attribute("maxMessageSize").orElseThrow();
  private static final Attribute AUTH =
      ObjectKind.RECEIVE_CONNECTOR.attribute("authMechanism").orElseThrow();

  @Test
  void parsesEachDistinctTextOnceAndGivesTheParsedValue() {
    ParsedValues values = new ParsedValues();
    Object first = values.of(SIZE).parse("35 MB (36,700,160 bytes)");
    Object second = values.of(SIZE).parse(new String("35 MB (36,700,160 bytes)"));

    assertThat(first).isEqualTo(ExchangeValues.parse(SIZE, "35 MB (36,700,160 bytes)"));
    assertThat(second).isSameAs(first);
    assertThat(values.of(SIZE).parse("Unlimited"))
        .isEqualTo(ExchangeValues.parse(SIZE, "Unlimited"))
        .isNotEqualTo(first);
  }

  @Test
  void givesOneParserPerAttribute() {
    ParsedValues values = new ParsedValues();
    assertThat(values.of(SIZE)).isSameAs(values.of(SIZE)).isNotSameAs(values.of(AUTH));
  }

  @Test
  void keepsFlagListsApartPerAttribute() {
    ParsedValues values = new ParsedValues();
    List<Object> flags = values.of(AUTH).parseFlags("Tls, ExternalAuthoritative");

    assertThat(flags).isEqualTo(ExchangeValues.parseFlags(AUTH, "Tls, ExternalAuthoritative"));
    assertThat(values.of(AUTH).parseFlags("Tls, ExternalAuthoritative")).isSameAs(flags);
    assertThat(values.of(AUTH).parseFlags("Tls")).isEqualTo(ExchangeValues.parseFlags(AUTH, "Tls"));
  }

  @Test
  void givesTheSameValuesWhenAnAttributesTextsMostlyDifferAndItStopsKeepingThem() {
    Attribute domain = ObjectKind.ACCEPTED_DOMAIN.attribute("domainName").orElseThrow();
    ParsedValues values = new ParsedValues();
    for (int i = 0; i < 1_000; i++) {
      String text = "d" + (i % 300) + ".contoso.com";
      assertThat(values.of(domain).parse(text)).isEqualTo(ExchangeValues.parse(domain, text));
      assertThat(values.of(domain).parse(new String(text)))
          .as("the text of the value before")
          .isSameAs(values.of(domain).parse(text));
    }
    Object d1 = values.of(domain).parse("d1.contoso.com");
    values.of(domain).parse("d2.contoso.com");
    assertThat(values.of(domain).parse("d1.contoso.com"))
        .as("no longer kept once the texts have mostly differed")
        .isNotSameAs(d1)
        .isEqualTo(d1);

    String[] sizes = {"35 MB (36,700,160 bytes)", "Unlimited", "10 MB (10,485,760 bytes)"};
    Object first = values.of(SIZE).parse(sizes[0]);
    for (int i = 0; i < 1_000; i++) {
      String text = sizes[i % sizes.length];
      assertThat(values.of(SIZE).parse(text)).isEqualTo(ExchangeValues.parse(SIZE, text));
    }
    values.of(SIZE).parse(sizes[1]);
    assertThat(values.of(SIZE).parse(new String(sizes[0])))
        .as("a text met before and not the last, kept")
        .isSameAs(first);
  }

  @Test
  void aListIsTheListBeforeOnlyWhenEveryTextIsAndARefusedListLeavesNothingBehind() {
    Attribute hosts = ObjectKind.SEND_CONNECTOR.attribute("smartHosts").orElseThrow();
    ParsedValues values = new ParsedValues();
    List<Object> both = values.of(hosts).parseAll(List.of("10.1.1.1", "10.1.1.2"));
    assertThat(both)
        .isEqualTo(
            List.of(
                ExchangeValues.parse(hosts, "10.1.1.1"), ExchangeValues.parse(hosts, "10.1.1.2")));

    assertThatThrownBy(() -> values.of(hosts).parseAll(List.of("10.1.1.1", "not a host!")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(values.of(hosts).parseAll(List.of(new String("10.1.1.1"), "10.1.1.2")))
        .as("the list before the refused one")
        .isSameAs(both);
    assertThat(values.of(hosts).parseAll(List.of("10.1.1.1", "10.1.1.3")))
        .isNotSameAs(both)
        .containsExactly(
            ExchangeValues.parse(hosts, "10.1.1.1"), ExchangeValues.parse(hosts, "10.1.1.3"));
    assertThat(values.of(hosts).parseAll(List.of("10.1.1.1", "10.1.1.3", "10.1.1.4"))).hasSize(3);

    List<Object> flags = values.of(AUTH).parseAll(List.of("Tls", "ExternalAuthoritative"));
    assertThat(flags)
        .isEqualTo(ExchangeValues.parseFlags(AUTH, "Tls, ExternalAuthoritative"))
        .isSameAs(values.of(AUTH).parseAll(List.of("Tls", "ExternalAuthoritative")));
  }

  @Test
  void refusesARefusedTextEveryTimeWithTheModelsMessage() {
    ParsedValues values = new ParsedValues();
    String message = null;
    try {
      ExchangeValues.parse(SIZE, "35 parsecs");
    } catch (IllegalArgumentException e) {
      message = e.getMessage();
    }
    assertThat(message).isNotNull();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> values.of(SIZE).parse("35 parsecs"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }
  }

  @Test
  void objectsOfOneReadShareEqualValuesAndReadAsWithoutTheCache() throws IOException {
    String object =
        "{\"Name\": \"%s\", \"MaxMessageSize\": \"35 MB (36,700,160 bytes)\","
            + " \"AddressSpaces\": [\"SMTP:%s.contoso.com;1\"]}";
    Snapshot snapshot =
        SnapshotJsonReaderTest.read(
            SnapshotJsonReaderTest.head(
                "\"sendConnectors\": {\"objects\": ["
                    + String.format(java.util.Locale.ROOT, object, "A", "a")
                    + ", "
                    + String.format(java.util.Locale.ROOT, object, "B", "b")
                    + "]}"));
    List<LiveObject> read = snapshot.objectsIfRead(ObjectKind.SEND_CONNECTOR);
    SendConnector a = (SendConnector) read.get(0).object();
    SendConnector b = (SendConnector) read.get(1).object();

    assertThat(a.maxMessageSize()).isPresent();
    assertThat(b.maxMessageSize().get()).isSameAs(a.maxMessageSize().get());
    assertThat(a.maxMessageSize().get())
        .isEqualTo(ExchangeValues.parse(SIZE, "35 MB (36,700,160 bytes)"));
    assertThat(a.addressSpaces()).isNotEqualTo(b.addressSpaces());
  }
}
