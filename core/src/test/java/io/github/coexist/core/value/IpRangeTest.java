package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.coexist.core.value.IpRange.Kind;
import java.math.BigInteger;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IpRangeTest {

  static Stream<Arguments> ranges() {
    return Generators.cases(Generators::ipRange);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranges")
  void roundTripsThroughItsText(IpRange range) {
    String printed = range.toString();
    IpRange back = IpRange.parse(printed);
    assertThat(back).isEqualTo(range).hasSameHashCodeAs(range);
    assertThat(back.toString()).isEqualTo(printed);
    assertThat(back.kind()).isEqualTo(range.kind());
    assertThat(back.compareTo(range)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranges")
  void holdsItsOwnEndsAndSize(IpRange range) {
    assertThat(range.contains(range.first())).isTrue();
    assertThat(range.contains(range.last())).isTrue();
    assertThat(range.contains(range)).isTrue();
    assertThat(range.overlaps(range)).isTrue();
    assertThat(range.size())
        .isEqualTo(
            range.last().toBigInteger().subtract(range.first().toBigInteger()).add(BigInteger.ONE));
    range
        .prefixLength()
        .ifPresent(
            prefix ->
                assertThat(range.size())
                    .isEqualTo(BigInteger.ONE.shiftLeft(range.first().bitLength() - prefix)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10.1.1.1                    | 10.1.1.1                  | SINGLE | 1
          10.1.1.0/24                 | 10.1.1.0/24               | CIDR   | 256
          192.168.1.7/24              | 192.168.1.0/24            | CIDR   | 256
          192.168.1.1/24              | 192.168.1.0/24            | CIDR   | 256
          10.1.1.1/32                 | 10.1.1.1/32               | CIDR   | 1
          0.0.0.0/0                   | 0.0.0.0/0                 | CIDR   | 4294967296
          10.1.1.1 / 24               | 10.1.1.0/24               | CIDR   | 256
          10.1.1.1-10.1.1.9           | 10.1.1.1-10.1.1.9         | RANGE  | 9
          10.1.1.1 - 10.1.1.9         | 10.1.1.1-10.1.1.9         | RANGE  | 9
          192.168.1.1-192.168.1.254   | 192.168.1.1-192.168.1.254 | RANGE  | 254
          10.1.1.1-10.1.1.1           | 10.1.1.1-10.1.1.1         | RANGE  | 1
          0.0.0.0-255.255.255.255     | 0.0.0.0-255.255.255.255   | RANGE  | 4294967296
          10.0.0.0(255.0.0.0)         | 10.0.0.0/8                | CIDR   | 16777216
          192.168.1.1(255.255.255.0)  | 192.168.1.0/24            | CIDR   | 256
          2001:0DB8::CD3/60           | 2001:db8::/60             | CIDR   | 295147905179352825856
          2001:DB8::1                 | 2001:db8::1               | SINGLE | 1
          ::/0                        | ::/0                      | CIDR   | 340282366920938463463374607431768211456
          2001:db8::1-2001:db8::ff    | 2001:db8::1-2001:db8::ff  | RANGE  | 255
          """)
  void readsExchangeForms(String input, String canonical, Kind kind, BigInteger size) {
    IpRange range = IpRange.parse(input);
    assertThat(range).hasToString(canonical);
    assertThat(range.kind()).isEqualTo(kind);
    assertThat(range.size()).isEqualTo(size);
  }

  @Test
  void exposesTheFactsValidationRulesNeed() {
    IpRange cidr = IpRange.parse("10.1.1.0/24");
    assertThat(cidr.prefixLength()).isEqualTo(OptionalInt.of(24));
    assertThat(cidr.isIpv4()).isTrue();
    assertThat(cidr.first()).isEqualTo(IpAddress.parse("10.1.1.0"));
    assertThat(cidr.last()).isEqualTo(IpAddress.parse("10.1.1.255"));
    assertThat(IpRange.parse("10.1.1.1").prefixLength()).isEmpty();
    assertThat(IpRange.parse("10.1.1.1-10.1.1.2").prefixLength()).isEmpty();
    assertThat(IpRange.parse("2001:db8::/32").isIpv4()).isFalse();
  }

  @Test
  void keepsTheKindAsPartOfTheValue() {
    IpRange single = IpRange.parse("10.1.1.1");
    IpRange cidr = IpRange.parse("10.1.1.1/32");
    IpRange range = IpRange.parse("10.1.1.1-10.1.1.1");
    assertThat(single).isNotEqualTo(cidr).isNotEqualTo(range);
    assertThat(cidr).isNotEqualTo(range);
    assertThat(single.contains(cidr)).isTrue();
    assertThat(cidr.contains(range)).isTrue();
    assertThat(Stream.of(range, cidr, single).sorted().toList())
        .containsExactly(single, cidr, range);
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}, overlaps: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10.1.1.0/24        | 10.1.1.5             | true  | true
          10.1.1.0/24        | 10.1.1.0-10.1.1.255  | true  | true
          10.1.1.0/24        | 10.1.0.0/16          | false | true
          10.1.1.0/24        | 10.1.1.250-10.1.2.5  | false | true
          10.1.1.0/24        | 10.1.2.0/24          | false | false
          10.1.1.1-10.1.1.9  | 10.1.1.9             | true  | true
          10.1.1.1-10.1.1.9  | 10.1.1.10            | false | false
          0.0.0.0/0          | ::/0                 | false | false
          ::/0               | 10.1.1.1             | false | false
          2001:db8::/32      | 2001:db8:ffff::1     | true  | true
          """)
  void containsAndOverlapsWithinOneFamily(
      String range, String other, boolean contains, boolean overlaps) {
    IpRange a = IpRange.parse(range);
    IpRange b = IpRange.parse(other);
    assertThat(a.contains(b)).isEqualTo(contains);
    assertThat(a.overlaps(b)).isEqualTo(overlaps);
    assertThat(b.overlaps(a)).isEqualTo(overlaps);
    if (b.kind() == Kind.SINGLE) {
      assertThat(a.contains(b.first())).isEqualTo(contains);
    }
  }

  @Test
  void ordersByFirstThenContainersFirst() {
    List<IpRange> sorted =
        Stream.of("10.1.1.5", "10.1.1.0/24", "::1", "10.1.1.0-10.1.1.9", "10.0.0.0/8", "10.1.1.0")
            .map(IpRange::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(IpRange::toString)
        .containsExactly(
            "10.0.0.0/8", "10.1.1.0/24", "10.1.1.0-10.1.1.9", "10.1.1.0", "10.1.1.5", "::1");
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        arguments("", "not an IP range: \"\" (empty)"),
        arguments("10.1.1.1/33", "not an IP range: \"10.1.1.1/33\" (prefix length must be 0..32)"),
        arguments("10.1.1.1/", "not an IP range: \"10.1.1.1/\" (prefix length must be 0..32)"),
        arguments(
            "10.1.1.1/-1",
            "not an IP range: \"10.1.1.1/-1\" (mixes the forms a/n, a-b and a(mask))"),
        arguments("::/129", "not an IP range: \"::/129\" (prefix length must be 0..128)"),
        arguments("/24", "not an IP range: \"/24\" (missing the network address)"),
        arguments("10.1.1.1-", "not an IP range: \"10.1.1.1-\" (missing the last address)"),
        arguments("-10.1.1.1", "not an IP range: \"-10.1.1.1\" (missing the first address)"),
        arguments(
            "10.1.1.9-10.1.1.1",
            "not an IP range: \"10.1.1.9-10.1.1.1\" (the first address is after the last)"),
        arguments(
            "10.1.1.1-::1",
            "not an IP range: \"10.1.1.1-::1\" (both ends must be the same IP version)"),
        arguments(
            "10.1.1.1-10.1.1.5-10.1.1.9",
            "not an IP range: \"10.1.1.1-10.1.1.5-10.1.1.9\" (more than one \"-\")"),
        arguments(
            "10.1.1.1-10.1.1.9/24",
            "not an IP range: \"10.1.1.1-10.1.1.9/24\" (mixes the forms a/n, a-b and a(mask))"),
        arguments(
            "10.0.0.0(255.0.255.0)",
            "not an IP range: \"10.0.0.0(255.0.255.0)\" (the subnet mask is not contiguous)"),
        arguments(
            "::(255.0.0.0)",
            "not an IP range: \"::(255.0.0.0)\" (the subnet mask form is IPv4 only)"),
        arguments(
            "10.0.0.0(255.0.0.0)x",
            "not an IP range: \"10.0.0.0(255.0.0.0)x\" (text after the subnet mask)"),
        arguments("10.1.1.300", "not an IP range: \"10.1.1.300\" (part \"300\" is not 0..255)"),
        arguments(
            "10.1.1.0/24,10.1.2.0/24",
            "not an IP range: \"10.1.1.0/24,10.1.2.0/24\" (prefix length must be 0..32)"),
        arguments("10.1.1.*", "not an IP range: \"10.1.1.*\" (expected an IPv4 or IPv6 address)"),
        // hostile input
        arguments("10.1.1.1'", "not an IP range: \"10.1.1.1'\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "10.1.1.1/24\"", "not an IP range: \"10.1.1.1/24\\\"\" (prefix length must be 0..32)"),
        arguments(
            "\u201810.1.1.1-10.1.1.9\u2019",
            "not an IP range: \"\u201810.1.1.1-10.1.1.9\u2019\""
                + " (expected an IPv4 or IPv6 address)"),
        arguments(
            "10.1.1.1/2`4", "not an IP range: \"10.1.1.1/2`4\" (prefix length must be 0..32)"),
        arguments(
            "$(iex)-10.1.1.1",
            "not an IP range: \"$(iex)-10.1.1.1\" (mixes the forms a/n, a-b and a(mask))"),
        arguments(
            "10.1.1.0/24\n0.0.0.0/0",
            "not an IP range: \"10.1.1.0/24\\n0.0.0.0/0\" (prefix length must be 0..32)"),
        arguments("$(iex)", "not an IP range: \"$(iex)\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "10.1.1.1\0", "not an IP range: \"10.1.1.1\\0\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "10.1.1.1\u200F",
            "not an IP range: \"10.1.1.1\\u200F\" (expected an IPv4 or IPv6 address)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedRanges(String input, String message) {
    assertThatThrownBy(() -> IpRange.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void factoriesCheckTheirArguments() {
    IpAddress v4 = IpAddress.parse("10.1.1.7");
    assertThat(IpRange.cidr(v4, 24)).hasToString("10.1.1.0/24");
    assertThat(IpRange.single(v4)).isEqualTo(IpRange.parse("10.1.1.7"));
    assertThatThrownBy(() -> IpRange.cidr(v4, 33))
        .hasMessage("not an IP range: \"10.1.1.7/33\" (prefix length must be 0..32)");
    assertThatThrownBy(() -> IpRange.range(v4, IpAddress.parse("10.1.1.1")))
        .hasMessage("not an IP range: \"10.1.1.7-10.1.1.1\" (the first address is after the last)");
    assertThatThrownBy(() -> IpRange.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> IpRange.single(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("address");
  }
}
