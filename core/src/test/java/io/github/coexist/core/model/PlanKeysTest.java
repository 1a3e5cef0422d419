package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanKeysTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "RemoteIPRanges, remoteIpRanges",
    "SenderIPAddresses, senderIpAddresses",
    "UseMXRecord, useMxRecord",
    "TNEFEnabled, tnefEnabled",
    "DNSRoutingEnabled, dnsRoutingEnabled",
    "AllowedOOFType, allowedOofType",
    "IgnoreSTARTTLS, ignoreStarttls",
    "EFSkipIPs, efSkipIps",
    "NDREnabled, ndrEnabled",
    "EnabledPrimarySMTPAddressTemplate, enabledPrimarySmtpAddressTemplate",
    "TlsSettings, tlsSettings",
    "ByteEncoderTypeFor7BitCharsets, byteEncoderTypeFor7BitCharsets",
    "Name, name"
  })
  void followsThePlanFormatExamples(String parameter, String key) {
    assertThat(PlanKeys.keyOf(parameter)).isEqualTo(key);
  }
}
