package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private static final String RECEIVE =
      "<TN RefId=\"0\"><T>Deserialized.Microsoft.Exchange.Data.Directory.SystemConfiguration"
          + ".ReceiveConnector</T><T>Deserialized.System.Object</T></TN>";

  @Test
  void readsRemotedObjectsWithTypeReferencesObjectReferencesAndTimeSpans() {
    Snapshot snapshot =
        xml(
            "<Obj RefId=\"0\">"
                + RECEIVE
                + "<ToString>EX01\\In</ToString><Props>"
                + "<S N=\"Name\">In</S><S N=\"Identity\">EX01\\In</S>"
                + "<Obj N=\"Bindings\" RefId=\"1\"><TN RefId=\"1\"><T>System.Collections.ArrayList</T></TN>"
                + "<LST><S>0.0.0.0:25</S><S>[::]:25</S></LST></Obj>"
                + "<S N=\"AuthMechanism\">Tls, Integrated</S>"
                + "<TS N=\"TarpitInterval\">PT5S</TS>"
                + "<Nil N=\"Banner\" /></Props></Obj>"
                + "<Obj RefId=\"2\"><TNRef RefId=\"0\" /><Props><S N=\"Name\">Second</S>"
                + "<Ref N=\"Bindings\" RefId=\"1\" /></Props></Obj>");

    List<LiveObject> objects = snapshot.objectsIfRead(ObjectKind.RECEIVE_CONNECTOR);
    assertThat(objects).hasSize(2);
    io.github.coexist.core.model.ReceiveConnector first =
        (io.github.coexist.core.model.ReceiveConnector) objects.get(0).object();
    assertThat(objects.get(0).identity()).isEqualTo("EX01\\In");
    assertThat(first.bindings()).hasSize(2);
    assertThat(first.authMechanism()).hasSize(2);
    assertThat(first.tarpitInterval()).contains(TimeSpan.parse("00:00:05"));
    assertThat(first.explicitNulls()).containsExactly("banner");
    assertThat(((io.github.coexist.core.model.ReceiveConnector) objects.get(1).object()).bindings())
        .isEqualTo(first.bindings());
  }

  @Test
  void aNamedKindOverridesUnknownTypesAndRefusesAnotherKnownOne() {
    String other =
        "<Objs xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"><Obj RefId=\"0\">"
            + "<TN RefId=\"0\"><T>Selected.Something</T></TN><Props><S N=\"Name\">a.com</S>"
            + "</Props></Obj></Objs>";
    Snapshot named =
        ClixmlReader.read(
            new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)),
            "x.xml",
            Environment.EXCHANGE_SERVER,
            Optional.of(ObjectKind.REMOTE_DOMAIN));

    assertThat(named.objectsIfRead(ObjectKind.REMOTE_DOMAIN)).hasSize(1);
    assertThatThrownBy(() -> xml(other.substring(other.indexOf("<Obj "), other.indexOf("</Objs>"))))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "x.xml:1:96: object 0: type \"Selected.Something\" is none of the seven kinds (name the"
                + " kind: --kind KIND)");
    assertThatThrownBy(
            () ->
                ClixmlReader.read(
                    ClixmlReaderTest.class.getResourceAsStream("/clixml/GetAcceptedDomain.xml"),
                    "GetAcceptedDomain.xml",
                    Environment.EXCHANGE_SERVER,
                    Optional.of(ObjectKind.REMOTE_DOMAIN)))
        .hasMessage(
            "GetAcceptedDomain.xml:2:18: object 0: an object of acceptedDomains in a capture of"
                + " remoteDomains (a capture holds one kind)");
  }

  @Test
  void refusesWhatIsNotACaptureAndNeverExpandsEntities() {
    assertThatThrownBy(() -> read("<html/>"))
        .hasMessage("x.xml:1:8: expected <Objs> (an Export-Clixml capture), found <html>");
    assertThatThrownBy(() -> read("<Objs><S>text</S></Objs>"))
        .hasMessage("x.xml:1:10: object 0: expected an Exchange object (<Obj>), found <S>");
    assertThatThrownBy(() -> read("<Objs><Obj>"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageStartingWith("x.xml:1:12: not XML:");
    assertThatThrownBy(
            () ->
                read(
                    "<!DOCTYPE Objs [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<Objs><Obj><TN><T>AcceptedDomain</T></TN><Props><S N=\"Name\">&x;</S>"
                        + "</Props></Obj></Objs>"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("not XML:");
  }

  private static Snapshot read(String text) {
    return ClixmlReader.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "x.xml",
        Environment.EXCHANGE_SERVER,
        Optional.empty());
  }
}
