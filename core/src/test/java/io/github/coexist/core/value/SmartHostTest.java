package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.coexist.core.value.SmartHost.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SmartHostTest {

  static Stream<Arguments> smartHosts() {
    return Generators.cases(Generators::smartHost);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("smartHosts")
  void roundTripsThroughItsText(SmartHost host) {
    String printed = host.toString();
    SmartHost back = SmartHost.parse(printed);
    assertThat(back).isEqualTo(host).hasSameHashCodeAs(host);
    assertThat(back.toString()).isEqualTo(printed);
    assertThat(back.kind()).isEqualTo(host.kind());
    assertThat(back.compareTo(host)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("smartHosts")
  void exposesExactlyTheValueOfItsKind(SmartHost host) {
    assertThat(host.address().isPresent()).isEqualTo(host.kind() == Kind.ADDRESS);
    assertThat(host.range().isPresent()).isEqualTo(host.kind() == Kind.CIDR);
    assertThat(host.hostName().isPresent()).isEqualTo(host.kind() == Kind.HOSTNAME);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10.10.1.1           | 10.10.1.1          | ADDRESS  | true
          [10.10.1.1]         | 10.10.1.1          | ADDRESS  | true
          ' 10.10.1.1 '       | 10.10.1.1          | ADDRESS  | true
          2001:DB8::25        | 2001:db8::25       | ADDRESS  | false
          [2001:db8::25]      | 2001:db8::25       | ADDRESS  | false
          10.1.1.0/24         | 10.1.1.0/24        | CIDR     | true
          10.1.1.9/24         | 10.1.1.0/24        | CIDR     | true
          2001:db8::/48       | 2001:db8::/48      | CIDR     | false
          Mail.Contoso.com    | mail.contoso.com   | HOSTNAME | false
          relay               | relay              | HOSTNAME | false
          smtp1.domino.contoso.com | smtp1.domino.contoso.com | HOSTNAME | false
          """)
  void readsSmartHosts(String input, String canonical, Kind kind, boolean ipv4) {
    SmartHost host = SmartHost.parse(input);
    assertThat(host).hasToString(canonical);
    assertThat(host.kind()).isEqualTo(kind);
    assertThat(host.isIpv4()).isEqualTo(ipv4);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        arguments("", "not a smart host: \"\" (empty)"),
        arguments(
            "*.contoso.com",
            "not a smart host: \"*.contoso.com\" (a host name cannot be a wildcard)"),
        arguments("*", "not a smart host: \"*\" (a host name cannot be a wildcard)"),
        arguments(
            "10.1.1.1-10.1.1.5",
            "not a smart host: \"10.1.1.1-10.1.1.5\" (an address range is not a smart host)"),
        arguments("10.1.1.300", "not a smart host: \"10.1.1.300\" (part \"300\" is not 0..255)"),
        arguments("10.1.1", "not a smart host: \"10.1.1\" (an IPv4 address has 4 parts)"),
        arguments("10.1.1.0/33", "not a smart host: \"10.1.1.0/33\" (prefix length must be 0..32)"),
        arguments(
            "[mail.contoso.com]",
            "not a smart host: \"[mail.contoso.com]\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "mail.contoso.com:25",
            "not a smart host: \"mail.contoso.com:25\" (a smart host has no port; use -Port)"),
        arguments(
            "10.1.1.1:25",
            "not a smart host: \"10.1.1.1:25\" (a smart host has no port; use -Port)"),
        arguments("2001:db8::g", "not a smart host: \"2001:db8::g\" (malformed IPv6 address)"),
        arguments(
            "mail.contoso.com.",
            "not a smart host: \"mail.contoso.com.\" (a trailing dot is not allowed)"),
        arguments(
            "mail_1.contoso.com",
            "not a smart host: \"mail_1.contoso.com\" (character '_' not allowed)"),
        // hostile input
        arguments("'relay'", "not a smart host: \"'relay'\" (character U+0027 not allowed)"),
        arguments(
            "\u2018relay\u2019",
            "not a smart host: \"\u2018relay\u2019\" (character U+2018 not allowed)"),
        arguments("\"relay\"", "not a smart host: \"\\\"relay\\\"\" (character '\"' not allowed)"),
        arguments(
            "\u201Crelay\u201D",
            "not a smart host: \"\u201Crelay\u201D\" (character U+201C not allowed)"),
        arguments("relay`", "not a smart host: \"relay`\" (character '`' not allowed)"),
        arguments("$(relay)", "not a smart host: \"$(relay)\" (character '$' not allowed)"),
        arguments(
            "relay\nevil", "not a smart host: \"relay\\nevil\" (character U+000A not allowed)"),
        arguments("relay\0", "not a smart host: \"relay\\0\" (character U+0000 not allowed)"),
        arguments(
            "relay\u200F.com",
            "not a smart host: \"relay\\u200F.com\" (character U+200F not allowed)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedSmartHosts(String input, String message) {
    assertThatThrownBy(() -> SmartHost.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void factoriesRefuseRangesAndWildcards() {
    assertThatThrownBy(() -> SmartHost.of(IpRange.parse("10.1.1.1-10.1.1.5")))
        .hasMessage(
            "not a smart host: \"10.1.1.1-10.1.1.5\""
                + " (only a CIDR block or a single address can be a smart host)");
    assertThatThrownBy(() -> SmartHost.of(SmtpDomain.parse("*.contoso.com")))
        .hasMessage("not a smart host: \"*.contoso.com\" (a host name cannot be a wildcard)");
    assertThatThrownBy(() -> SmartHost.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void ordersAddressesThenBlocksThenNames() {
    List<SmartHost> sorted =
        Stream.of("relay", "10.1.1.0/24", "::1", "10.1.1.1", "a.contoso.com")
            .map(SmartHost::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(SmartHost::toString)
        .containsExactly("10.1.1.1", "::1", "10.1.1.0/24", "a.contoso.com", "relay");
  }
}
