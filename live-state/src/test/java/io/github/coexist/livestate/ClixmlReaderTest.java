package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ErrorPolicy;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.core.value.TimeSpan;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real captures of clixml/NOTICE.md, and hand-made ones for what they do not show. */
class ClixmlReaderTest {
  static Snapshot capture(String name) {
    InputStream in = ClixmlReaderTest.class.getResourceAsStream("/clixml/" + name);
    return ClixmlReader.read(in, name, Environment.EXCHANGE_SERVER, Optional.empty());
  }

  static Snapshot xml(String body) {
    String text =
        "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">"
            + body
            + "</Objs>";
    return ClixmlReader.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "x.xml",
        Environment.EXCHANGE_SERVER,
        Optional.empty());
  }

  @Test
  void readsTheRealSendConnectorCapture() {
    Snapshot snapshot = capture("GetSendConnector.xml");

    assertThat(snapshot.reading(ObjectKind.ACCEPTED_DOMAIN))
        .isInstanceOf(KindReading.NotCovered.class);
    List<LiveObject> objects = snapshot.objectsIfRead(ObjectKind.SEND_CONNECTOR);
    assertThat(objects).hasSize(1);
    LiveObject live = objects.get(0);
    SendConnector connector = (SendConnector) live.object();
    assertThat(connector.name()).isEqualTo("Mail to O365");
    assertThat(live.identity()).isEqualTo("Mail to O365");
    assertThat(connector.addressSpaces()).containsExactly(AddressSpace.parse("SMTP:*;1"));
    assertThat(connector.smartHosts())
        .containsExactly(SmartHost.parse("microsoft-com.mail.protection.outlook.com"));
    assertThat(connector.errorPolicies()).containsExactly(ErrorPolicy.DEFAULT);
    assertThat(connector.connectionInactivityTimeOut()).contains(TimeSpan.parse("00:10:00"));
    assertThat(connector.maxMessageSize()).contains(ByteQuantity.ofBytes(36_700_160));
    assertThat(live.guid()).isPresent();
    assertThat(live.readOnly()).containsKey("WhenChanged").containsKey("DistinguishedName");
    assertThat(live.rejected()).isEmpty();
  }

  @Test
  void readsTheRealAcceptedDomainCapture() {
    Snapshot snapshot = capture("GetAcceptedDomain.xml");

    List<LiveObject> objects = snapshot.objectsIfRead(ObjectKind.ACCEPTED_DOMAIN);
    assertThat(objects).hasSize(3);
    assertThat(objects)
        .extracting(live -> ((AcceptedDomain) live.object()).domainType().orElseThrow())
        .contains(AcceptedDomainType.AUTHORITATIVE, AcceptedDomainType.INTERNAL_RELAY);
    assertThat(objects)
        .extracting(live -> ((AcceptedDomain) live.object()).domainName().orElseThrow())
        .contains(SmtpDomain.parse("solo.com"));
    assertThat(objects).allSatisfy(live -> assertThat(live.rejected()).isEmpty());
  }
}
