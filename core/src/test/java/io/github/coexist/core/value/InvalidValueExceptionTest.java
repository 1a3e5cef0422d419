package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidValueExceptionTest {

  static Stream<Arguments> escapes() {
    return Stream.of(
        arguments("plain", "plain"),
        arguments("a\nb", "a\\nb"),
        arguments("a\rb", "a\\rb"),
        arguments("a\tb", "a\\tb"),
        arguments("a\0b", "a\\0b"),
        arguments("a\u0007b", "a\\u0007b"),
        arguments("a\u001Fb", "a\\u001Fb"),
        arguments("a\u007Fb", "a\\u007Fb"),
        arguments("a\u0085b", "a\\u0085b"),
        arguments("a\u2028b", "a\\u2028b"),
        arguments("a\u2029b", "a\\u2029b"),
        arguments("a\u200Fb", "a\\u200Fb"),
        arguments("a\u202Eb", "a\\u202Eb"),
        arguments("a\uFEFFb", "a\\uFEFFb"),
        arguments("a\uD800b", "a\\uD800b"),
        arguments("a\uDB40\uDC01b", "a\\uDB40\\uDC01b"),
        arguments("a\uD83D\uDE00b", "a\uD83D\uDE00b"),
        arguments("say \"hi\"", "say \\\"hi\\\""),
        arguments("C:\\temp", "C:\\\\temp"),
        arguments("\u2018\u2019\u201C\u201D'`$(", "\u2018\u2019\u201C\u201D'`$("));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("escapes")
  void escapesTheValueSoTheMessageIsOneLine(String value, String escaped) {
    InvalidValueException e = new InvalidValueException("a thing", value, "why");
    assertThat(e.getMessage()).isEqualTo("not a thing: \"" + escaped + "\" (why)");
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.thing()).isEqualTo("a thing");
    assertThat(e.reason()).isEqualTo("why");
  }

  private static final List<String> HOSTILE =
      List.of(
          "'", "\u2018", "\u2019", "\"", "\u201C", "\u201D", "`", "$(", "\n", "\r", "\0", "\u200F",
          "\u2028", "\u0085", "\t");

  private static final List<Named<Function<String, Object>>> PARSERS =
      List.of(
          Named.of("SmtpDomain", SmtpDomain::parse),
          Named.of("IpAddress", IpAddress::parse),
          Named.of("IpRange", IpRange::parse),
          Named.of("Binding", Binding::parse),
          Named.of("SmartHost", SmartHost::parse),
          Named.of("AddressSpace", AddressSpace::parse),
          Named.of("EmailAddressTemplate", EmailAddressTemplate::parse),
          Named.of("ByteQuantity", ByteQuantity::parse),
          Named.of("TimeSpan", TimeSpan::parse),
          Named.of("CountLimit", CountLimit::parse));

  private static final List<String> VALID =
      List.of(
          "contoso.com",
          "10.1.1.1",
          "10.1.1.0/24",
          "0.0.0.0:25",
          "relay.contoso.com",
          "SMTP:contoso.com;1",
          "SMTP:%m@contoso.com",
          "25MB",
          "00:05:00",
          "20");

  static Stream<Arguments> hostileInputs() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (int i = 0; i < PARSERS.size(); i++) {
      String valid = VALID.get(i);
      for (String bad : HOSTILE) {
        for (int at : new int[] {0, valid.length() / 2, valid.length()}) {
          String input = valid.substring(0, at) + bad + valid.substring(at);
          cases.add(arguments(PARSERS.get(i), Named.of(Texts.escape(input), input)));
        }
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @MethodSource("hostileInputs")
  void everyParserRefusesHostileCharactersWithTheEscapedValue(
      Function<String, Object> parser, String input) {
    assertThatThrownBy(() -> parser.apply(input))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              String message = e.getMessage();
              assertThat(message)
                  .startsWith("not ")
                  .contains(": \"" + Texts.escape(input) + "\" (");
              assertThat(message).endsWith(")");
              assertThat(message)
                  .doesNotContain("\n", "\r", "\0", "\t", "\u200F", "\u2028", "\u0085");
              assertThat(((InvalidValueException) e).value()).isEqualTo(input);
            });
  }

  @Test
  void validBaseValuesParse() {
    for (int i = 0; i < PARSERS.size(); i++) {
      assertThat(PARSERS.get(i).getPayload().apply(VALID.get(i))).isNotNull();
    }
  }

  @Test
  void nestedReasonsNameTheOuterValue() {
    assertThatThrownBy(() -> AddressSpace.parse("SMTP:contoso..com;1"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("not an address space: \"SMTP:contoso..com;1\" (empty label)")
        .hasCauseInstanceOf(InvalidValueException.class)
        .cause()
        .hasMessage("not an SMTP domain: \"contoso..com\" (empty label)");
  }
}
