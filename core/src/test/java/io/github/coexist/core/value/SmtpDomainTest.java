package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SmtpDomainTest {

  static Stream<Arguments> domains() {
    return Generators.cases(Generators::domain);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void roundTripsThroughItsText(SmtpDomain domain) {
    String printed = domain.toString();
    SmtpDomain back = SmtpDomain.parse(printed);
    assertThat(back).isEqualTo(domain).hasSameHashCodeAs(domain);
    assertThat(back.toString()).isEqualTo(printed);
    assertThat(back.compareTo(domain)).isZero();
  }

  static Stream<Arguments> writtenDomains() {
    Random random = new Random(Generators.SEED);
    Random scramble = new Random(Generators.SEED + 1);
    return IntStream.range(0, Generators.CASES)
        .mapToObj(i -> Generators.domain(random))
        .map(d -> arguments(d.toString(), scrambleCase(scramble, d.toString()), d));
  }

  private static String scrambleCase(Random random, String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return (random.nextBoolean() ? " " : "") + b + (random.nextBoolean() ? "  " : "");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("writtenDomains")
  void readsAnyCaseAndSurroundingSpaces(String canonical, String written, SmtpDomain expected) {
    assertThat(SmtpDomain.parse(written)).isEqualTo(expected);
    assertThat(SmtpDomain.parse(written).toString()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          contoso.com                 | contoso.com
          Contoso.COM                 | contoso.com
          ' mail.contoso.com '        | mail.contoso.com
          *.contoso.com               | *.contoso.com
          *.Contoso.Com               | *.contoso.com
          *.com                       | *.com
          *                           | *
          localhost                   | localhost
          com                         | com
          xn--bcher-kva.de            | xn--bcher-kva.de
          bücher.de                   | xn--bcher-kva.de
          BÜCHER.DE                   | xn--bcher-kva.de
          *.bücher.de                 | *.xn--bcher-kva.de
          münchen.example             | xn--mnchen-3ya.example
          a-b.c-d.example             | a-b.c-d.example
          123.contoso.com             | 123.contoso.com
          1-800-flowers.com           | 1-800-flowers.com
          """)
  void readsDomains(String input, String canonical) {
    assertThat(SmtpDomain.parse(input)).hasToString(canonical);
  }

  static Stream<Arguments> rejected() {
    String label64 = "a".repeat(64);
    String long254 = ("a".repeat(49) + ".").repeat(5) + "abcd";
    return Stream.of(
        arguments("", "not an SMTP domain: \"\" (empty)"),
        arguments("   ", "not an SMTP domain: \"   \" (empty)"),
        arguments(
            "*contoso.com",
            "not an SMTP domain: \"*contoso.com\" (a wildcard is allowed only as a leading \"*.\")"),
        arguments(
            "domain.*.contoso.com",
            "not an SMTP domain: \"domain.*.contoso.com\""
                + " (a wildcard is allowed only as a leading \"*.\")"),
        arguments(
            "*.*.contoso.com",
            "not an SMTP domain: \"*.*.contoso.com\" (a wildcard is allowed only as a leading \"*.\")"),
        arguments("*.", "not an SMTP domain: \"*.\" (nothing after \"*.\")"),
        arguments(
            "contoso.com.", "not an SMTP domain: \"contoso.com.\" (a trailing dot is not allowed)"),
        arguments(".", "not an SMTP domain: \".\" (a trailing dot is not allowed)"),
        arguments(".contoso.com", "not an SMTP domain: \".contoso.com\" (empty label)"),
        arguments("contoso..com", "not an SMTP domain: \"contoso..com\" (empty label)"),
        arguments(
            "-contoso.com",
            "not an SMTP domain: \"-contoso.com\" (label \"-contoso\" starts or ends with a hyphen)"),
        arguments(
            "contoso-.com",
            "not an SMTP domain: \"contoso-.com\" (label \"contoso-\" starts or ends with a hyphen)"),
        arguments(
            label64 + ".com",
            "not an SMTP domain: \"" + label64 + ".com\" (label longer than 63 characters)"),
        arguments(long254, "not an SMTP domain: \"" + long254 + "\" (longer than 253 characters)"),
        arguments(
            "10.1.1.1", "not an SMTP domain: \"10.1.1.1\" (the last label starts with a digit)"),
        arguments(
            "contoso.1com",
            "not an SMTP domain: \"contoso.1com\" (the last label starts with a digit)"),
        arguments(
            "mail_relay.contoso.com",
            "not an SMTP domain: \"mail_relay.contoso.com\" (character '_' not allowed)"),
        arguments(
            "contoso.com:25", "not an SMTP domain: \"contoso.com:25\" (character ':' not allowed)"),
        arguments(
            "user@contoso.com",
            "not an SMTP domain: \"user@contoso.com\" (character '@' not allowed)"),
        arguments(
            "mail contoso.com",
            "not an SMTP domain: \"mail contoso.com\" (character U+0020 not allowed)"),
        arguments(
            "a.b\u3002c", "not an SMTP domain: \"a.b\u3002c\" (character U+3002 not allowed)"),
        arguments(
            "con\u200Btoso.com",
            "not an SMTP domain: \"con\\u200Btoso.com\" (character U+200B not allowed)"),
        // IDNA2003 mappings that make another name are refused (IDNA2008, RFC 5891 5.3-5.4).
        arguments(
            "stra\u00DFe.de",
            "not an SMTP domain: \"stra\u00DFe.de\" (label \"stra\u00DFe\" would become"
                + " \"strasse\" (strasse), another name; write the name that is meant)"),
        arguments(
            "\u00DF.de",
            "not an SMTP domain: \"\u00DF.de\" (label \"\u00DF\" would become \"ss\" (ss),"
                + " another name; write the name that is meant)"),
        arguments(
            "\uFF43ontoso.com",
            "not an SMTP domain: \"\uFF43ontoso.com\" (label \"\uFF43ontoso\" would become"
                + " \"contoso\" (contoso), another name; write the name that is meant)"),
        arguments(
            "\u0301a.com",
            "not an SMTP domain: \"\u0301a.com\" (label \"\u0301a\" starts with a combining mark)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedDomains(String input, String message) {
    assertThatThrownBy(() -> SmtpDomain.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        arguments(
            "con'toso.com", "not an SMTP domain: \"con'toso.com\" (character U+0027 not allowed)"),
        arguments(
            "con\u2018toso.com",
            "not an SMTP domain: \"con\u2018toso.com\" (character U+2018 not allowed)"),
        arguments(
            "contoso.com\u2019",
            "not an SMTP domain: \"contoso.com\u2019\" (character U+2019 not allowed)"),
        arguments(
            "\"contoso.com\"",
            "not an SMTP domain: \"\\\"contoso.com\\\"\" (character '\"' not allowed)"),
        arguments(
            "\u201Ccontoso.com\u201D",
            "not an SMTP domain: \"\u201Ccontoso.com\u201D\" (character U+201C not allowed)"),
        arguments(
            "contoso`.com", "not an SMTP domain: \"contoso`.com\" (character '`' not allowed)"),
        arguments(
            "$(Remove-Item).com",
            "not an SMTP domain: \"$(Remove-Item).com\" (character '$' not allowed)"),
        arguments(
            "contoso.com\nfabrikam.com",
            "not an SMTP domain: \"contoso.com\\nfabrikam.com\" (character U+000A not allowed)"),
        arguments(
            "contoso.com\r\n",
            "not an SMTP domain: \"contoso.com\\r\\n\" (character U+000D not allowed)"),
        arguments(
            "contoso\0.com",
            "not an SMTP domain: \"contoso\\0.com\" (character U+0000 not allowed)"),
        arguments(
            "contoso\u200F.com",
            "not an SMTP domain: \"contoso\\u200F.com\" (character U+200F not allowed)"),
        arguments(
            "\tcontoso.com",
            "not an SMTP domain: \"\\tcontoso.com\" (character U+0009 not allowed)"),
        arguments(
            "contoso.com\u2028",
            "not an SMTP domain: \"contoso.com\\u2028\" (character U+2028 not allowed)"),
        arguments(
            "contoso.com\u0085",
            "not an SMTP domain: \"contoso.com\\u0085\" (character U+0085 not allowed)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("hostile")
  void rejectsHostileInputWithAnEscapedOneLineMessage(String input, String message) {
    assertThatThrownBy(() -> SmtpDomain.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\r", "\0", "\u200F"));
  }

  @Test
  void rejectsNullNamingTheParameter() {
    assertThatThrownBy(() -> SmtpDomain.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void exposesWildcardStarAndBase() {
    SmtpDomain wildcard = SmtpDomain.parse("*.contoso.com");
    assertThat(wildcard.isWildcard()).isTrue();
    assertThat(wildcard.isStar()).isFalse();
    assertThat(wildcard.base()).isEqualTo(SmtpDomain.parse("contoso.com"));
    assertThat(wildcard.labels()).containsExactly("*", "contoso", "com");

    SmtpDomain plain = SmtpDomain.parse("contoso.com");
    assertThat(plain.isWildcard()).isFalse();
    assertThat(plain.isStar()).isFalse();
    assertThat(plain.base()).isSameAs(plain);

    SmtpDomain star = SmtpDomain.parse("*");
    assertThat(star).isSameAs(SmtpDomain.STAR);
    assertThat(star.isStar()).isTrue();
    assertThat(star.isWildcard()).isFalse();
    assertThat(star.base()).isSameAs(star);
    assertThat(star.labels()).containsExactly("*");
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          contoso.com        | contoso.com          | true
          contoso.com        | mail.contoso.com     | false
          contoso.com        | *.contoso.com        | false
          *.contoso.com      | mail.contoso.com     | true
          *.contoso.com      | a.b.contoso.com      | true
          *.contoso.com      | *.b.contoso.com      | true
          *.contoso.com      | *.contoso.com        | true
          *.contoso.com      | contoso.com          | false
          *.contoso.com      | notcontoso.com       | false
          *.contoso.com      | contoso.com.evil.com | false
          *.contoso.com      | *                    | false
          *.com              | contoso.com          | true
          *                  | contoso.com          | true
          *                  | *.contoso.com        | true
          *                  | *                    | true
          mail.contoso.com   | *                    | false
          """)
  void coversSubdomainsButNotTheWildcardBaseItself(String domain, String other, boolean covers) {
    assertThat(SmtpDomain.parse(domain).covers(SmtpDomain.parse(other))).isEqualTo(covers);
  }

  @ParameterizedTest(name = "{0} below {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mail.contoso.com    | contoso.com      | true
          a.mail.contoso.com  | contoso.com      | true
          *.mail.contoso.com  | contoso.com      | true
          *.contoso.com       | contoso.com      | true
          contoso.com         | contoso.com      | false
          contoso.com         | mail.contoso.com | false
          notcontoso.com      | contoso.com      | false
          mail.contoso.com    | *.contoso.com    | false
          mail.contoso.com    | *                | false
          *                   | com              | false
          contoso.com         | com              | true
          """)
  void isSubdomainOfIsStrictAndLabelWise(String domain, String parent, boolean below) {
    assertThat(SmtpDomain.parse(domain).isSubdomainOf(SmtpDomain.parse(parent))).isEqualTo(below);
  }

  @Test
  void ordersByCanonicalText() {
    List<SmtpDomain> sorted =
        Stream.of("b.com", "*.a.com", "A.com", "*", "a.com.example")
            .map(SmtpDomain::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(SmtpDomain::toString)
        .containsExactly("*", "*.a.com", "a.com", "a.com.example", "b.com");
  }

  @Test
  void acceptsTheLongestNames() {
    String label63 = "a".repeat(63);
    String name253 = String.join(".", label63, label63, label63, "a".repeat(61));
    assertThat(name253).hasSize(253);
    assertThat(SmtpDomain.parse(name253)).hasToString(name253);
    assertThat(SmtpDomain.parse(label63.toUpperCase(Locale.ROOT) + ".com"))
        .hasToString(label63 + ".com");
  }
}
