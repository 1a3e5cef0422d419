package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The IANA special-purpose registries, as the reachability rule reads them. */
class SpecialPurposeAddressesTest {
  @ParameterizedTest
  @CsvSource({
    "10.1.1.1, Private-Use",
    "172.31.255.255, Private-Use",
    "192.168.0.1, Private-Use",
    "100.64.0.1, Shared Address Space",
    "100.127.255.255, Shared Address Space",
    "127.0.0.1, Loopback",
    "169.254.1.1, Link Local",
    "0.0.0.0, This network",
    "192.0.0.8, IETF Protocol Assignments",
    "192.0.2.25, Documentation (TEST-NET-1)",
    "198.51.100.25, Documentation (TEST-NET-2)",
    "203.0.113.25, Documentation (TEST-NET-3)",
    "198.19.0.1, Benchmarking",
    "224.0.0.1, Multicast",
    "240.0.0.1, Reserved",
    "255.255.255.255, Limited Broadcast",
    "::1, Loopback Address",
    "::, Unspecified Address",
    "::ffff:10.1.1.1, IPv4-mapped Address",
    "fd12:3456::1, Unique-Local",
    "fe80::1, Link-Local Unicast",
    "2001:db8::25, Documentation",
    "3fff::1, Documentation",
    "ff02::1, Multicast",
    "100::1, Discard-Only Address Block",
    "2001:2::1, Benchmarking",
    "::2, Reserved by IETF (outside global unicast 2000::/3)",
    "4000::1, Reserved by IETF (outside global unicast 2000::/3)"
  })
  void notPublic(String address, String block) {
    assertThat(SpecialPurposeAddresses.blockOf(IpAddress.parse(address)))
        .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo(block));
    assertThat(SpecialPurposeAddresses.isPublic(IpAddress.parse(address))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "20.30.40.1",
        "8.8.8.8",
        "100.63.255.255",
        "100.128.0.0",
        "172.32.0.1",
        "192.0.0.9",
        "192.0.0.10",
        "2603:1000::1",
        "2001:4860::8888",
        "2001:1::1",
        "64:ff9b::a01:101"
      })
  void isPublic(String address) {
    assertThat(SpecialPurposeAddresses.blockOf(IpAddress.parse(address))).isEmpty();
    assertThat(SpecialPurposeAddresses.isPublic(IpAddress.parse(address))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "20.30.40.0/24, ",
    "10.0.0.0/8, Private-Use",
    "9.255.255.0-10.0.0.5, Private-Use",
    "192.0.0.0/29, IETF Protocol Assignments",
    "0.0.0.0-255.255.255.255, This network"
  })
  void ranges(String range, String block) {
    if (block == null) {
      assertThat(SpecialPurposeAddresses.blockOf(IpRange.parse(range))).isEmpty();
    } else {
      assertThat(SpecialPurposeAddresses.blockOf(IpRange.parse(range)))
          .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo(block));
    }
  }
}
