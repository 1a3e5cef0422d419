package io.github.coexist.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CmdletReferenceTest {
  enum Platform {
    EXCHANGE_2016,
    EXCHANGE_2019,
    EXCHANGE_SE,
    EXCHANGE_ONLINE
  }

  @Test
  void readsTheProjectsCopyOfTheReference() {
    CmdletReference ref = CmdletReference.get();
    assertThat(ref.root().get("_source")).isNotNull();
    assertThat(ref.cmdlet("New-SendConnector")).isPresent();
    assertThat(ref.cmdlet("New-Nothing")).isEmpty();
    assertThat(ref.parameters("New-SendConnector")).contains("AddressSpaces", "SmartHosts");
  }

  @Test
  void mapsApplicableLabelsOntoTheCallersEnumByName() {
    assertThat(CmdletReference.platformOf("Exchange Server 2019", Platform.class))
        .contains(Platform.EXCHANGE_2019);
    assertThat(CmdletReference.platformOf("Exchange Server SE", Platform.class))
        .contains(Platform.EXCHANGE_SE);
    assertThat(CmdletReference.platformOf("Exchange Online", Platform.class))
        .contains(Platform.EXCHANGE_ONLINE);
    assertThat(CmdletReference.platformOf("Exchange Online Protection", Platform.class)).isEmpty();
    assertThat(CmdletReference.platformOf("Exchange Server 2010", Platform.class)).isEmpty();
  }

  @Test
  void acceptedValuesLeaveOutNull() {
    assertThat(CmdletReference.get().acceptedValues("New-AcceptedDomain", "DomainType"))
        .contains("Authoritative", "InternalRelay")
        .doesNotContain("$null");
  }
}
