package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.net.InetAddresses;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IpAddressTest {

  static Stream<Arguments> addresses() {
    return Generators.cases(Generators::ipAddress);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addresses")
  void roundTripsThroughItsText(IpAddress address) {
    String printed = address.toString();
    IpAddress back = IpAddress.parse(printed);
    assertThat(back).isEqualTo(address).hasSameHashCodeAs(address);
    assertThat(back.toString()).isEqualTo(printed);
    assertThat(back.isIpv4()).isEqualTo(address.isIpv4());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addresses")
  void roundTripsThroughItsNumber(IpAddress address) {
    assertThat(IpAddress.fromBigInteger(address.toBigInteger(), address.isIpv4()))
        .isEqualTo(address);
    assertThat(address.toBytes()).hasSize(address.bitLength() / 8);
    assertThat(new BigInteger(1, address.toBytes())).isEqualTo(address.toBigInteger());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10.1.1.1                 | 10.1.1.1  | true
          ' 10.1.1.1 '             | 10.1.1.1  | true
          0.0.0.0                  | 0.0.0.0   | true
          255.255.255.255          | 255.255.255.255 | true
          ::                       | ::        | false
          ::1                      | ::1       | false
          2001:0DB8::CD3           | 2001:db8::cd3 | false
          2001:db8:0:0:0:0:0:1     | 2001:db8::1 | false
          2001:DB8:0:0:1:0:0:1     | 2001:db8::1:0:0:1 | false
          FE80::1                  | fe80::1   | false
          ::ffff:10.0.0.1          | ::ffff:a00:1 | false
          ::ffff:a00:1             | ::ffff:a00:1 | false
          ::10.0.0.1               | ::a00:1   | false
          """)
  void readsAddresses(String input, String canonical, boolean ipv4) {
    IpAddress address = IpAddress.parse(input);
    assertThat(address).hasToString(canonical);
    assertThat(address.isIpv4()).isEqualTo(ipv4);
    assertThat(address.bitLength()).isEqualTo(ipv4 ? 32 : 128);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        arguments("", "not an IP address: \"\" (empty)"),
        arguments("[::1]", "not an IP address: \"[::1]\" (brackets are not part of an address)"),
        arguments("fe80::1%eth0", "not an IP address: \"fe80::1%eth0\" (zone ids are not allowed)"),
        arguments("fe80::1%12", "not an IP address: \"fe80::1%12\" (zone ids are not allowed)"),
        arguments("1.2.3", "not an IP address: \"1.2.3\" (an IPv4 address has 4 parts)"),
        arguments("1.2.3.4.5", "not an IP address: \"1.2.3.4.5\" (an IPv4 address has 4 parts)"),
        arguments("1..3.4", "not an IP address: \"1..3.4\" (empty part)"),
        arguments(
            "010.1.1.1", "not an IP address: \"010.1.1.1\" (part \"010\" has a leading zero)"),
        arguments("256.1.1.1", "not an IP address: \"256.1.1.1\" (part \"256\" is not 0..255)"),
        arguments("1.1.1.1000", "not an IP address: \"1.1.1.1000\" (part \"1000\" is not 0..255)"),
        arguments("2001:db8::g", "not an IP address: \"2001:db8::g\" (malformed IPv6 address)"),
        arguments(
            "1:2:3:4:5:6:7:8:9",
            "not an IP address: \"1:2:3:4:5:6:7:8:9\" (malformed IPv6 address)"),
        arguments("2001::db8::1", "not an IP address: \"2001::db8::1\" (malformed IPv6 address)"),
        arguments(
            "contoso.com", "not an IP address: \"contoso.com\" (expected an IPv4 or IPv6 address)"),
        arguments("0x7f.1", "not an IP address: \"0x7f.1\" (expected an IPv4 or IPv6 address)"),
        arguments("-1.1.1.1", "not an IP address: \"-1.1.1.1\" (expected an IPv4 or IPv6 address)"),
        // hostile input
        arguments(
            "10.1.1.1'", "not an IP address: \"10.1.1.1'\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "\u201810.1.1.1\u2019",
            "not an IP address: \"\u201810.1.1.1\u2019\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "\"10.1.1.1\"",
            "not an IP address: \"\\\"10.1.1.1\\\"\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "\u201C10.1.1.1\u201D",
            "not an IP address: \"\u201C10.1.1.1\u201D\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "`10.1.1.1", "not an IP address: \"`10.1.1.1\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "$(whoami)", "not an IP address: \"$(whoami)\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "10.1.1.1\n", "not an IP address: \"10.1.1.1\\n\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "10.1.1.1\0", "not an IP address: \"10.1.1.1\\0\" (expected an IPv4 or IPv6 address)"),
        arguments(
            "\u200F10.1.1.1",
            "not an IP address: \"\\u200F10.1.1.1\" (expected an IPv4 or IPv6 address)"),
        // Guava would read any Unicode digit: full-width and Arabic-Indic digits are refused.
        arguments(
            "\uFF11\uFF10.1.1.1",
            "not an IP address: \"\uFF11\uFF10.1.1.1\" (character \"\uFF11\" is a digit, but not an"
                + " ASCII one; an address is written in ASCII digits)"),
        arguments(
            "10.1.1.\u0661",
            "not an IP address: \"10.1.1.\u0661\" (character \"\u0661\" is a digit, but not an"
                + " ASCII one; an address is written in ASCII digits)"),
        arguments(
            "2001:db8::\uFF11",
            "not an IP address: \"2001:db8::\uFF11\" (character \"\uFF11\" is a digit, but not an"
                + " ASCII one; an address is written in ASCII digits)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rejected")
  void rejectsMalformedAddresses(String input, String message) {
    assertThatThrownBy(() -> IpAddress.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsNumbersOutsideTheFamily() {
    assertThatThrownBy(() -> IpAddress.fromBigInteger(BigInteger.ONE.shiftLeft(32), true))
        .hasMessage("not an IP address: \"4294967296\" (out of range for IPv4)");
    assertThatThrownBy(() -> IpAddress.fromBigInteger(BigInteger.ONE.negate(), false))
        .hasMessage("not an IP address: \"-1\" (out of range for IPv6)");
    assertThatThrownBy(() -> IpAddress.fromBigInteger(null, true))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> IpAddress.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void convertsToJdkAddressesWithoutChangingTheFamily() {
    assertThat(IpAddress.parse("10.0.0.1").toInetAddress()).isInstanceOf(Inet4Address.class);
    assertThat(IpAddress.parse("::ffff:10.0.0.1").toInetAddress()).isInstanceOf(Inet6Address.class);
    assertThat(IpAddress.parse("10.0.0.1").toBigInteger())
        .isEqualTo(BigInteger.valueOf(0x0A000001));
  }

  @Test
  void ordersIpv4BeforeIpv6ThenNumerically() {
    List<IpAddress> sorted =
        Stream.of("::1", "10.0.0.2", "::", "10.0.0.10", "255.255.255.255", "0.0.0.0")
            .map(IpAddress::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(IpAddress::toString)
        .containsExactly("0.0.0.0", "10.0.0.2", "10.0.0.10", "255.255.255.255", "::", "::1");
  }

  /**
   * The address is held as two longs: it must still compare, equal and convert as the unsigned
   * number it is, with the top bit of either half set (where signed comparison would go wrong).
   */
  @Test
  void comparesAndConvertsAsUnsignedNumbers() throws Exception {
    SplittableRandom random = new SplittableRandom(20261127L);
    for (int n = 0; n < 3000; n++) {
      boolean ipv4 = random.nextBoolean();
      int bits = ipv4 ? 32 : 128;
      BigInteger a = new BigInteger(bits, new Random(random.nextLong()));
      BigInteger b = n % 10 == 0 ? a : new BigInteger(bits, new Random(random.nextLong()));
      IpAddress x = IpAddress.fromBigInteger(a, ipv4);
      IpAddress y = IpAddress.fromBigInteger(b, ipv4);

      assertThat(x.toBigInteger()).isEqualTo(a);
      assertThat(Integer.signum(x.compareTo(y))).as("%s vs %s", a, b).isEqualTo(a.compareTo(b));
      assertThat(x.equals(y)).isEqualTo(a.equals(b));
      byte[] bytes = new byte[bits / 8];
      byte[] raw = a.toByteArray();
      int copy = Math.min(raw.length, bytes.length);
      System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
      InetAddress jdk =
          ipv4 ? InetAddress.getByAddress(bytes) : Inet6Address.getByAddress(null, bytes, -1);
      assertThat(x).hasToString(InetAddresses.toAddrString(jdk));
      assertThat(x.toBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void theSameNumberInTwoFamiliesIsTwoAddresses() {
    IpAddress v4 = IpAddress.fromBigInteger(BigInteger.ONE, true);
    IpAddress v6 = IpAddress.fromBigInteger(BigInteger.ONE, false);
    assertThat(v4).isNotEqualTo(v6).hasToString("0.0.0.1");
    assertThat(v6).hasToString("::1");
  }
}
