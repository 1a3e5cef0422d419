package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.core.value.TimeSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeEquivalenceTest {
  private static Attribute attribute(ObjectKind kind, String key) {
    return kind.attribute(key).orElseThrow();
  }

  private static boolean same(Attribute attribute, Object planned, Object live) {
    return ExchangeEquivalence.same(
        attribute, Optional.ofNullable(planned), Optional.ofNullable(live));
  }

  @Test
  void listsAreSetsWithoutOrderOrDuplicates() {
    Attribute hosts = attribute(ObjectKind.SEND_CONNECTOR, "smartHosts");
    List<SmartHost> planned =
        List.of(SmartHost.parse("10.1.1.1"), SmartHost.parse("relay.contoso.com"));
    List<SmartHost> live =
        List.of(
            SmartHost.parse("Relay.Contoso.com"),
            SmartHost.parse("[10.1.1.1]"),
            SmartHost.parse("10.1.1.1"));

    assertThat(same(hosts, planned, live)).isTrue();
    assertThat(same(hosts, planned, List.of(SmartHost.parse("10.1.1.1")))).isFalse();
  }

  @Test
  void nullEmptyListAndEmptyTextAreOneValue() {
    Attribute domains = attribute(ObjectKind.OUTBOUND_CONNECTOR, "recipientDomains");
    assertThat(same(domains, null, ImmutableList.of())).isTrue();
    assertThat(same(domains, ImmutableList.of(), null)).isTrue();
    assertThat(same(domains, null, List.of(SmtpDomain.parse("contoso.com")))).isFalse();

    Attribute comment = attribute(ObjectKind.SEND_CONNECTOR, "comment");
    assertThat(same(comment, "", null)).isTrue();
    assertThat(same(comment, null, "x")).isFalse();
  }

  @Test
  void aFlagListOfNoneIsEmpty() {
    Attribute auth = attribute(ObjectKind.RECEIVE_CONNECTOR, "authMechanism");
    assertThat(same(auth, null, List.of(AuthMechanism.NONE))).isTrue();
    assertThat(same(auth, List.of(AuthMechanism.TLS), List.of(AuthMechanism.NONE))).isFalse();
    assertThat(
            same(auth, List.of(AuthMechanism.TLS, AuthMechanism.NONE), List.of(AuthMechanism.TLS)))
        .isTrue();
  }

  @Test
  void textIsCaseInsensitiveExceptWhatPeopleRead() {
    Attribute fqdn = attribute(ObjectKind.SEND_CONNECTOR, "fqdn");
    assertThat(same(fqdn, "Mail.Contoso.com", "mail.contoso.COM")).isTrue();
    assertThat(same(fqdn, "STRASSE", "straße")).isTrue(); // folded through upper case
    assertThat(same(fqdn, "mail.contoso.com", "mail2.contoso.com")).isFalse();

    Attribute servers = attribute(ObjectKind.SEND_CONNECTOR, "sourceTransportServers");
    assertThat(same(servers, List.of("EX01", "ex02"), List.of("ex01", "EX02"))).isTrue();

    Attribute comment = attribute(ObjectKind.SEND_CONNECTOR, "comment");
    Attribute banner = attribute(ObjectKind.RECEIVE_CONNECTOR, "banner");
    assertThat(same(comment, "To Domino", "to domino")).isFalse();
    assertThat(same(banner, "220 Relay", "220 relay")).isFalse();
    assertThat(same(banner, "220 Relay", "220 Relay")).isTrue();
  }

  @Test
  void aTextsKeyIsItsUpperCaseLowerCasedAsciiOrNot() {
    Attribute fqdn = attribute(ObjectKind.SEND_CONNECTOR, "fqdn");
    for (String text :
        List.of(
            "mail.contoso.com",
            "Mail.Contoso.COM",
            "EX01\\From Domino",
            "straße",
            "ΣΊΣΥΦΟΣ σίσυφος",
            "İstanbul ı",
            "a\u0000b\u202e",
            "")) {
      assertThat(ExchangeEquivalence.key(fqdn, text))
          .as(text)
          .isEqualTo(text.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void ipRangesCompareByTheAddressesTheyHold() {
    Attribute ranges = attribute(ObjectKind.RECEIVE_CONNECTOR, "remoteIpRanges");
    assertThat(
            same(
                ranges,
                List.of(IpRange.parse("10.1.1.1")),
                List.of(IpRange.parse("10.1.1.1/32"), IpRange.parse("10.1.1.1-10.1.1.1"))))
        .isTrue();
    assertThat(
            same(
                ranges,
                List.of(IpRange.parse("10.1.1.0/24")),
                List.of(IpRange.parse("10.1.1.0-10.1.1.255"))))
        .isTrue();
    assertThat(
            same(
                ranges,
                List.of(IpRange.parse("10.1.1.0/24")),
                List.of(IpRange.parse("10.1.1.0-10.1.1.254"))))
        .isFalse();
  }

  @Test
  void quantitiesAndAddressSpacesCompareByValue() {
    Attribute size = attribute(ObjectKind.SEND_CONNECTOR, "maxMessageSize");
    assertThat(
            same(size, ByteQuantity.parse("35MB"), ByteQuantity.parse("35 MB (36,700,160 bytes)")))
        .isTrue();
    assertThat(same(size, ByteQuantity.parse("35MB"), ByteQuantity.UNLIMITED)).isFalse();

    Attribute timeout = attribute(ObjectKind.SEND_CONNECTOR, "connectionInactivityTimeOut");
    assertThat(same(timeout, TimeSpan.parse("00:10:00"), TimeSpan.parse("0.00:10:00"))).isTrue();

    Attribute spaces = attribute(ObjectKind.SEND_CONNECTOR, "addressSpaces");
    assertThat(
            same(
                spaces,
                List.of(AddressSpace.parse("domino.contoso.com")),
                List.of(AddressSpace.parse("smtp:Domino.Contoso.com;1"))))
        .isTrue();
    assertThat(
            same(
                spaces,
                List.of(AddressSpace.parse("domino.contoso.com")),
                List.of(AddressSpace.parse("smtp:domino.contoso.com;2"))))
        .isFalse();
  }

  @Test
  void booleansAndEnumsAreEqualValuesAndEmptyIsNotFalse() {
    Attribute enabled = attribute(ObjectKind.SEND_CONNECTOR, "enabled");
    assertThat(same(enabled, true, true)).isTrue();
    assertThat(same(enabled, false, null)).isFalse();

    Attribute tls = attribute(ObjectKind.OUTBOUND_CONNECTOR, "tlsSettings");
    assertThat(same(tls, TlsAuthLevel.ENCRYPTION_ONLY, TlsAuthLevel.ENCRYPTION_ONLY)).isTrue();
    assertThat(same(tls, TlsAuthLevel.ENCRYPTION_ONLY, TlsAuthLevel.DOMAIN_VALIDATION)).isFalse();
  }

  @Test
  void sameInReadsBothObjects() {
    Attribute hosts = attribute(ObjectKind.SEND_CONNECTOR, "smartHosts");
    SendConnector planned =
        SendConnector.builder().name("To Domino").addSmartHosts(SmartHost.parse("a.b.c")).build();
    SendConnector live =
        SendConnector.builder().name("to domino").addSmartHosts(SmartHost.parse("A.B.C")).build();
    SendConnector nulled =
        SendConnector.builder().name("To Domino").addExplicitNull("smartHosts").build();

    assertThat(hosts.sameIn(planned, live)).isTrue();
    assertThat(hosts.sameIn(planned, nulled)).isFalse();
    assertThat(attribute(ObjectKind.SEND_CONNECTOR, "name").sameIn(planned, live)).isTrue();
  }

  @Test
  void keysOfListsAreSets() {
    Attribute servers = attribute(ObjectKind.SEND_CONNECTOR, "sourceTransportServers");
    assertThat(ExchangeEquivalence.key(servers, List.of("EX01", "ex01", "")))
        .isEqualTo(java.util.Set.of("ex01"));
  }
}
