package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotJsonReaderTest {
  static Snapshot resource(String name) throws IOException {
    try (Reader in =
        new InputStreamReader(
            SnapshotJsonReaderTest.class.getResourceAsStream("/json/" + name),
            StandardCharsets.UTF_8)) {
      return SnapshotJsonReader.read(in, name);
    }
  }

  static Snapshot read(String json) throws IOException {
    return SnapshotJsonReader.read(new StringReader(json), "s.json");
  }

  static String head(String kinds) {
    return "{\"format\": \"coexist-snapshot\", \"formatVersion\": 1,"
        + " \"environment\": \"exchange-server\", \"kinds\": {"
        + kinds
        + "}}";
  }

  @Test
  void readsEveryKindAsReadUnreadableOrNotCovered() throws IOException {
    Snapshot snapshot = resource("snapshot-server.json");

    assertThat(snapshot.environment()).isEqualTo(Environment.EXCHANGE_SERVER);
    assertThat(snapshot.reading(ObjectKind.REMOTE_DOMAIN))
        .isEqualTo(new KindReading.Read(java.util.List.of()));
    assertThat(snapshot.reading(ObjectKind.EMAIL_ADDRESS_POLICY))
        .isEqualTo(
            new KindReading.Unreadable(
                "The term 'Get-EmailAddressPolicy' is not recognized as a name of a cmdlet."));
    assertThat(snapshot.reading(ObjectKind.INBOUND_CONNECTOR))
        .isInstanceOf(KindReading.NotCovered.class);
    assertThat(snapshot.reading(ObjectKind.OUTBOUND_CONNECTOR))
        .isInstanceOf(KindReading.NotCovered.class);
  }

  @Test
  void readsValuesAsTheModelsValues() throws IOException {
    Snapshot snapshot = resource("snapshot-server.json");

    LiveObject accepted = snapshot.objectsIfRead(ObjectKind.ACCEPTED_DOMAIN).get(0);
    assertThat(((AcceptedDomain) accepted.object()).domainName().orElseThrow().toString())
        .isEqualTo("exch.contoso.com");
    assertThat(accepted.guid()).contains("49ef970b-7f97-475c-a415-91e2b7744875");
    assertThat(accepted.readOnly())
        .containsEntry("Default", "False")
        .containsEntry("WhenChanged", "2026-02-01T09:00:00Z");

    SendConnector send =
        (SendConnector) snapshot.objectsIfRead(ObjectKind.SEND_CONNECTOR).get(0).object();
    assertThat(send.smartHosts()).containsExactly(SmartHost.parse("10.1.1.1"));
    assertThat(send.maxMessageSize()).contains(ByteQuantity.ofBytes(36_700_160));
    assertThat(send.port()).contains(25);
    assertThat(send.dnsRoutingEnabled()).contains(false);
    assertThat(send.explicitNulls()).containsExactly("tlsDomain");

    LiveObject receiveLive = snapshot.objectsIfRead(ObjectKind.RECEIVE_CONNECTOR).get(0);
    ReceiveConnector receive = (ReceiveConnector) receiveLive.object();
    assertThat(receiveLive.identity()).isEqualTo("EX01\\Inbound from Domino");
    assertThat(receive.bindings())
        .containsExactly(Binding.parse("0.0.0.0:25"), Binding.parse("[::]:25"));
    assertThat(receive.remoteIpRanges())
        .containsExactly(IpRange.parse("10.1.1.1"), IpRange.parse("10.2.0.0-10.2.255.255"));
    assertThat(receive.authMechanism())
        .containsExactly(AuthMechanism.TLS, AuthMechanism.EXTERNAL_AUTHORITATIVE);
    assertThat(receive.permissionGroups())
        .containsExactly(PermissionGroup.EXCHANGE_SERVERS, PermissionGroup.CUSTOM);
    assertThat(receive.maxMessageSize()).contains(ByteQuantity.parse("Unlimited"));
    assertThat(receive.explicitNulls()).containsExactly("banner");
  }

  @Test
  void anEmptyListIsAnExplicitNullAndAMissingKeyIsAbsent() throws IOException {
    Snapshot snapshot =
        read(head("\"sendConnectors\": {\"objects\": [{\"Name\": \"S\", \"SmartHosts\": []}]}"));

    SendConnector send =
        (SendConnector) snapshot.objectsIfRead(ObjectKind.SEND_CONNECTOR).get(0).object();
    assertThat(send.explicitNulls()).containsExactly("smartHosts");
    assertThat(send.requireTls()).isEmpty();
    assertThat(send.explicitNulls()).doesNotContain("requireTls");
  }

  @Test
  void aValueTheModelRefusesIsKeptAsideWithItsLocation() throws IOException {
    Snapshot snapshot =
        read(
            head(
                "\"sendConnectors\": {\"objects\": [{\"Name\": \"S\",\n"
                    + " \"SmartHosts\": [\"not a host!\"], \"Port\": 25}]}"));

    LiveObject live = snapshot.objectsIfRead(ObjectKind.SEND_CONNECTOR).get(0);
    assertThat(((SendConnector) live.object()).smartHosts()).isEmpty();
    assertThat(((SendConnector) live.object()).port()).contains(25);
    assertThat(live.rejected()).containsOnlyKeys("SmartHosts");
    assertThat(live.rejected().get("SmartHosts"))
        .startsWith("s.json:2:16: not a smart host: \"not a host!\"");
  }

  @Test
  void keepsTheScriptsWarnings() throws IOException {
    Snapshot snapshot =
        read(
            "{\"format\": \"coexist-snapshot\", \"formatVersion\": 1, \"environment\":"
                + " \"exchange-online\", \"kinds\": {}, \"warnings\": [\"inboundConnectors:"
                + " X.Foo: failed\"]}");

    assertThat(snapshot.warnings()).containsExactly("inboundConnectors: X.Foo: failed");
  }

  @Test
  void readsAByteOrderMark() throws IOException {
    assertThat(read("\uFEFF" + head("")).environment()).isEqualTo(Environment.EXCHANGE_SERVER);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "``|s.json:1:1: empty input (expected a snapshot document)",
        "[]|s.json:1:1: expected a snapshot document (a JSON object), found an array",
        "{\"format\": \"other\"}|s.json:1:12: format: expected \"coexist-snapshot\", found \"other\"",
        "{\"format\": \"coexist-snapshot\", \"formatVersion\": 2}|s.json:1:49: formatVersion: 2 is not read by this coexist (it reads 1; use a newer coexist)",
        "{\"format\": \"coexist-snapshot\", \"formatVersion\": 1, \"environment\": \"onprem\"}|s.json:1:67: environment: not an environment: \"onprem\" (expected exchange-online or exchange-server)",
        "{\"format\": \"coexist-snapshot\", \"formatVersion\": 1, \"environment\": \"exchange-server\"}|s.json:1:84: missing key \"kinds\" (a snapshot document has format, formatVersion, environment and kinds)",
        "{\"nope\": 1}|s.json:1:2: unknown key \"nope\" (expected format, formatVersion, environment, takenAt, elapsedMilliseconds, kinds, warnings)",
        "{\"format\": \"coexist-snapshot\",}|s.json:1:31: not JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
      })
  void badDocumentsGiveOneLineWithTheirLocation(String json, String message) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage(message);
  }

  @Test
  void badKindsAndObjectsGiveTheirLocation() {
    assertThatThrownBy(() -> read(head("\"connectors\": {\"objects\": []}")))
        .hasMessageStartingWith(
            "s.json:1:96: unknown kind \"connectors\" (expected remoteDomains,");
    assertThatThrownBy(() -> read(head("\"sendConnectors\": {\"objects\": [{\"Port\": 25}]}")))
        .hasMessage("s.json:1:127: a SendConnector without a Name (expected a \"Name\" property)");
    assertThatThrownBy(
            () ->
                read(head("\"sendConnectors\": {\"objects\": [{\"Name\": \"S\", \"Port\": {}}]}")))
        .hasMessage(
            "s.json:1:149: \"Port\": expected null, a boolean, a number, a text or a list of texts,"
                + " found an object");
    assertThatThrownBy(
            () ->
                read(
                    head(
                        "\"sendConnectors\": {\"objects\": [{\"Name\": \"S\", \"name\": \"T\"}]}")))
        .hasMessage("s.json:1:149: property \"name\" given twice in one object");
    assertThatThrownBy(
            () ->
                read(
                    head(
                        "\"sendConnectors\": {\"objects\": []}, \"sendConnectors\": {\"error\":"
                            + " \"x\"}")))
        .hasMessage("s.json:1:131: kind \"sendConnectors\" given twice");
    assertThatThrownBy(() -> read(head("\"sendConnectors\": {\"objects\": [], \"error\": \"x\"}")))
        .hasMessage("s.json:1:130: sendConnectors: either \"objects\" or \"error\", not both");
  }
}
