package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.ConnectorType;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConvertToJsonReaderTest {
  static List<LiveObject> read(String json, ObjectKind kind) throws IOException {
    return ConvertToJsonReader.read(
            new StringReader(json), "c.json", Environment.EXCHANGE_ONLINE, kind)
        .objectsIfRead(kind);
  }

  @Test
  void readsAnExchangeOnlineRestRecord() throws IOException {
    // The shape of Exchange Online's REST records (live-state.md): PascalCase names, enums as
    // names, SenderDomains in the address-space form, @data.type annotations, keys left out.
    String record =
        "{\"Name\": \"From Domino\", \"Identity\": \"From Domino\","
            + " \"Guid\": \"3f7b7c4e-1111-2222-3333-444455556666\","
            + " \"ConnectorType\": \"OnPremises\", \"SenderDomains\": [\"smtp:*;1\"],"
            + " \"SenderIPAddresses\": [\"203.0.113.10\"], \"RequireTls\": true,"
            + " \"TlsSenderCertificateName\": null,"
            + " \"WhenChanged\": \"2026-02-01T09:00:00Z\", \"WhenChanged@data.type\": \"System.DateTime\"}";

    List<LiveObject> objects = read(record, ObjectKind.INBOUND_CONNECTOR);

    InboundConnector connector = (InboundConnector) objects.get(0).object();
    assertThat(connector.connectorType()).contains(ConnectorType.ON_PREMISES);
    assertThat(connector.senderDomains()).containsExactly(SmtpDomain.STAR);
    assertThat(connector.requireTls()).contains(true);
    assertThat(connector.explicitNulls()).containsExactly("tlsSenderCertificateName");
    assertThat(connector.restrictDomainsToIpAddresses()).isEmpty();
    assertThat(objects.get(0).readOnly()).containsOnlyKeys("WhenChanged");
  }

  @Test
  void readsAnArrayAndAMissingKeyIsNotReportedNotFalse() throws IOException {
    String records =
        "[{\"Name\": \"A\", \"SmartHosts\": [\"relay.contoso.com\"], \"Enabled\": false},"
            + " {\"Name\": \"B\", \"SmartHosts\": [\"relay.contoso.com\"]}]";

    List<LiveObject> objects = read(records, ObjectKind.OUTBOUND_CONNECTOR);

    assertThat(objects).hasSize(2);
    assertThat(((OutboundConnector) objects.get(0).object()).enabled()).contains(false);
    assertThat(((OutboundConnector) objects.get(1).object()).enabled()).isEmpty();
    assertThat(objects.get(1).object().explicitNulls()).isEmpty();
  }

  @Test
  void reducesNestedExchangeValuesToTheirStringForm() throws IOException {
    // ConvertTo-Json run in the Exchange Management Shell writes a value object's properties.
    String local =
        "{\"Name\": \"To Domino\","
            + " \"AddressSpaces\": [{\"Address\": \"domino.contoso.com\", \"Type\": \"SMTP\","
            + " \"Cost\": 1, \"IncludeSubDomains\": false}],"
            + " \"SmartHosts\": [{\"Domain\": \"relay.contoso.com\", \"IsIPAddress\": false,"
            + " \"Address\": {\"IPAddressToString\": \"0.0.0.0\"}},"
            + " {\"Domain\": null, \"IsIPAddress\": true, \"Address\": {\"IPAddressToString\":"
            + " \"10.1.1.1\"}}],"
            + " \"MaxMessageSize\": {\"IsUnlimited\": true},"
            + " \"TlsDomain\": {\"Address\": \"*.contoso.com\", \"IncludeSubDomains\": true}}";

    SendConnector connector =
        (SendConnector) read(local, ObjectKind.SEND_CONNECTOR).get(0).object();

    assertThat(connector.addressSpaces())
        .containsExactly(AddressSpace.parse("SMTP:domino.contoso.com;1"));
    assertThat(connector.smartHosts())
        .containsExactly(SmartHost.parse("relay.contoso.com"), SmartHost.parse("10.1.1.1"));
    assertThat(connector.maxMessageSize()).contains(ByteQuantity.parse("Unlimited"));
    assertThat(connector.tlsDomain()).contains(SmtpDomain.parse("*.contoso.com"));
  }

  @Test
  void enumNumbersAreReadOnlyWhereVerified() throws IOException {
    LiveObject verified =
        read("{\"Name\": \"a.com\", \"DomainType\": 2}", ObjectKind.ACCEPTED_DOMAIN).get(0);
    LiveObject unverified =
        read("{\"Name\": \"a.com\", \"DomainType\": 1}", ObjectKind.ACCEPTED_DOMAIN).get(0);

    assertThat(((AcceptedDomain) verified.object()).domainType())
        .contains(AcceptedDomainType.INTERNAL_RELAY);
    assertThat(((AcceptedDomain) unverified.object()).domainType()).isEmpty();
    assertThat(unverified.rejected().get("DomainType"))
        .isEqualTo(
            "c.json:1:33: AcceptedDomainType 1 is an enumeration number (Windows PowerShell 5.1's"
                + " ConvertTo-Json writes them); coexist maps only numbers it has seen beside their"
                + " names (0 Authoritative, 2 InternalRelay): write names with PowerShell 7's"
                + " ConvertTo-Json -EnumsAsStrings, or take the snapshot with coexist emit snapshot");
  }

  @Test
  void aValueCutAtTheDepthOrOfNoKnownShapeIsUnknownNotGuessed() throws IOException {
    LiveObject live =
        read(
                "{\"Name\": \"To Domino\", \"SmartHosts\": \"Microsoft.Exchange.Data.SmartHost\","
                    + " \"MaxMessageSize\": {\"Weird\": 1}, \"OrganizationId\": {\"X\": 1}}",
                ObjectKind.SEND_CONNECTOR)
            .get(0);

    assertThat(live.rejected().get("SmartHosts"))
        .isEqualTo(
            "c.json:1:37: the type name \"Microsoft.Exchange.Data.SmartHost\" where a value"
                + " belongs: ConvertTo-Json cut it at its -Depth (use -Depth 5)");
    assertThat(live.rejected().get("MaxMessageSize"))
        .isEqualTo("c.json:1:92: an object with Weird (no known string form)");
    assertThat(live.readOnly()).doesNotContainKey("OrganizationId");
  }

  @Test
  void badInputSaysWhereAndWhat() {
    assertThatThrownBy(() -> read("42", ObjectKind.SEND_CONNECTOR))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(
            "c.json:1:1: expected an object or an array of objects (ConvertTo-Json output), found"
                + " a number");
    assertThatThrownBy(() -> read("[{\"Name\": \"A\"}, 3]", ObjectKind.SEND_CONNECTOR))
        .hasMessage("c.json:1:17: object 1: expected an object of sendConnectors, found a number");
    assertThatThrownBy(() -> read("[{\"Port\": 25}]", ObjectKind.SEND_CONNECTOR))
        .hasMessage(
            "c.json:1:2 (object 0): a SendConnector without a Name (expected a \"Name\" property)");
    assertThatThrownBy(() -> read("{\"Name\": \"A\"", ObjectKind.SEND_CONNECTOR))
        .hasMessageStartingWith("c.json:1:13: not JSON: Unexpected end-of-input");
    assertThatThrownBy(() -> read("", ObjectKind.SEND_CONNECTOR))
        .hasMessage(
            "c.json:1:1: expected an object or an array of objects (ConvertTo-Json output), found"
                + " nothing");
  }
}
