package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.TimeSpan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The less common shapes each reader meets, and the messages for what it refuses. */
class EdgeCasesTest {
  private static LiveObject sendJson(String properties) throws IOException {
    return SnapshotJsonReaderTest.read(
            SnapshotJsonReaderTest.head(
                "\"sendConnectors\": {\"objects\": [{\"Name\": \"S\", " + properties + "}]}"))
        .objectsIfRead(ObjectKind.SEND_CONNECTOR)
        .get(0);
  }

  private static Snapshot clixml(String objs) {
    return ClixmlReader.read(
        new ByteArrayInputStream(
            ("<Objs xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">" + objs + "</Objs>")
                .getBytes(StandardCharsets.UTF_8)),
        "x.xml",
        Environment.EXCHANGE_SERVER,
        Optional.of(ObjectKind.RECEIVE_CONNECTOR));
  }

  private static LiveObject receiveClixml(String props) {
    return clixml("<Obj RefId=\"0\"><Props><S N=\"Name\">R</S>" + props + "</Props></Obj>")
        .objectsIfRead(ObjectKind.RECEIVE_CONNECTOR)
        .get(0);
  }

  @Test
  void quoteEscapesWhatWouldBreakALine() {
    assertThat(Quote.of("a\"b\\c\rd\te\u0000f\u202eg\u2028h\uD800i\uD83D\uDCE7"))
        .isEqualTo("\"a\\\"b\\\\c\\rd\\te\\u0000f\\u202eg\\u2028h\\ud800i\uD83D\uDCE7\"");
    assertThat(Quote.of("\uDCE7x")).isEqualTo("\"\\udce7x\"");
  }

  @Test
  void theDecoderReadsOneElementListsForScalarsAndRefusesTheRest() throws IOException {
    LiveObject live =
        sendJson(
            "\"Port\": [\"25\"], \"Fqdn\": [\"a.contoso.com\", \"b.contoso.com\"],"
                + " \"Comment\": true, \"RequireTLS\": \"True\", \"SmartHosts\": \"relay.contoso.com\","
                + " \"Identity\": null, \"Whatever\": [1, true]");

    SendConnector connector = (SendConnector) live.object();
    assertThat(connector.port()).contains(25);
    assertThat(connector.requireTls()).contains(true);
    assertThat(connector.smartHosts()).containsExactly(SmartHost.parse("relay.contoso.com"));
    assertThat(live.identity()).isEqualTo("S");
    assertThat(live.readOnly()).containsEntry("Whatever", "1, True");
    assertThat(live.rejected())
        .containsOnlyKeys("Fqdn", "Comment")
        .containsEntry("Fqdn", "s.json:1:165: expected one value, found a list of 2")
        .containsEntry("Comment", "s.json:1:212: expected String, found a boolean");
  }

  @Test
  void aNameThatIsNotATextIsRefused() {
    assertThatThrownBy(
            () ->
                SnapshotJsonReaderTest.read(
                    SnapshotJsonReaderTest.head(
                        "\"sendConnectors\": {\"objects\": [{\"Name\": null}]}")))
        .hasMessage(
            "s.json:1:136: SendConnector.Name: expected the object's name (a text), found null");
    assertThatThrownBy(
            () ->
                SnapshotJsonReaderTest.read(
                    SnapshotJsonReaderTest.head(
                        "\"sendConnectors\": {\"objects\": [{\"Name\": [\"a\"]}]}")))
        .hasMessageEndingWith("expected the object's name (a text), found [\"a\"]");
  }

  @Test
  void snapshotJsonRefusesMisshapenParts() {
    String kinds = "\"sendConnectors\": ";
    assertThatThrownBy(() -> SnapshotJsonReaderTest.read(SnapshotJsonReaderTest.head(kinds + "[]")))
        .hasMessageEndingWith(
            "expected {\"objects\": [...]} or {\"error\": \"...\"}, found an array");
    assertThatThrownBy(
            () ->
                SnapshotJsonReaderTest.read(
                    SnapshotJsonReaderTest.head(kinds + "{\"objects\": {}}")))
        .hasMessageEndingWith("expected a list of objects, found an object");
    assertThatThrownBy(
            () ->
                SnapshotJsonReaderTest.read(
                    SnapshotJsonReaderTest.head(kinds + "{\"objects\": [1]}")))
        .hasMessageEndingWith("expected an object (sendConnectors[0]), found a number");
    assertThatThrownBy(
            () ->
                SnapshotJsonReaderTest.read(SnapshotJsonReaderTest.head(kinds + "{\"error\": 5}")))
        .hasMessageEndingWith(
            "expected the error that kept the kind from being read, found a number");
    assertThatThrownBy(() -> SnapshotJsonReaderTest.read(SnapshotJsonReaderTest.head(kinds + "{}")))
        .hasMessageEndingWith("sendConnectors: expected \"objects\" or \"error\"");
    assertThatThrownBy(
            () ->
                SnapshotJsonReaderTest.read(SnapshotJsonReaderTest.head(kinds + "{\"rows\": []}")))
        .hasMessageEndingWith("sendConnectors: unknown key \"rows\" (expected objects or error)");
    assertThatThrownBy(
            () ->
                SnapshotJsonReaderTest.read(
                    SnapshotJsonReaderTest.head(
                        kinds + "{\"objects\": [{\"Name\": \"S\", \"A\": [{}]}]}")))
        .hasMessageEndingWith(
            "\"A\": expected a list of texts (the snapshot's canonical form), found an object");
    assertThatThrownBy(() -> SnapshotJsonReaderTest.read(SnapshotJsonReaderTest.head("") + " {}"))
        .hasMessageEndingWith("text after the snapshot document");
    assertThatThrownBy(
            () ->
                SnapshotJsonReaderTest.read(
                    "{\"format\": \"coexist-snapshot\", \"format\": \"coexist-snapshot\"}"))
        .hasMessageEndingWith("key \"format\" given twice");
    assertThatThrownBy(
            () ->
                SnapshotJsonReaderTest.read(
                    "{\"format\": \"coexist-snapshot\", \"formatVersion\": 1, \"environment\":"
                        + " \"exchange-online\", \"kinds\": {}, \"warnings\": [3]}"))
        .hasMessageEndingWith("expected a warning (a text), found a number");
    assertThatThrownBy(() -> SnapshotJsonReaderTest.read("{\"kinds\": {}}"))
        .hasMessageEndingWith(
            "missing key \"format\" (a snapshot document has format, formatVersion, environment and"
                + " kinds)");
  }

  @Test
  void clixmlReadsEveryPrimitiveAndSkipsWhatHoldsNoValue() {
    LiveObject live =
        receiveClixml(
            "<I64 N=\"MaxHopCount\">60</I64><C N=\"Letter\">65</C><TS N=\"TarpitInterval\">P1DT2H3M4S</TS>"
                + "<Obj N=\"MaxMessageSize\" RefId=\"1\"><TN RefId=\"1\"><T>X</T></TN>"
                + "<ToString>Unlimited</ToString></Obj>"
                + "<Obj N=\"Table\" RefId=\"2\"><DCT><En><S N=\"Key\">k</S></En></DCT></Obj>"
                + "<Obj N=\"Bag\" RefId=\"3\"><TN RefId=\"3\"><T>Some.Bag</T></TN><Props><S N=\"X\">x</S></Props></Obj>"
                + "<Obj N=\"Wrapped\" RefId=\"4\"><I32>7</I32></Obj>"
                + "<S>no name</S>"
                + "<Obj N=\"Bindings\" RefId=\"5\"><LST><Obj RefId=\"6\"><ToString>0.0.0.0:25</ToString></Obj>"
                + "<Ref RefId=\"1\" /><Nil /></LST></Obj>"
                + "<BA N=\"SerializationData\">AAE=</BA>");

    ReceiveConnector connector = (ReceiveConnector) live.object();
    assertThat(connector.maxHopCount()).contains(60);
    assertThat(connector.maxMessageSize()).contains(ByteQuantity.parse("Unlimited"));
    assertThat(connector.tarpitInterval()).contains(TimeSpan.parse("1.02:03:04"));
    assertThat(live.readOnly())
        .containsEntry("Letter", "A")
        .containsEntry("Bag", "Some.Bag")
        .containsEntry("Wrapped", "7")
        .containsEntry("Table", "")
        .doesNotContainKey("SerializationData");
    assertThat(live.rejected()).containsOnlyKeys("Bindings");
  }

  @Test
  void clixmlRefusesBrokenPrimitivesAndReferences() {
    assertThatThrownBy(() -> receiveClixml("<B N=\"Enabled\">yes</B>"))
        .hasMessageEndingWith("<B>: expected true or false, found \"yes\"");
    assertThatThrownBy(() -> receiveClixml("<C N=\"C\">x</C>"))
        .hasMessageEndingWith("<C>: expected a character code, found \"x\"");
    assertThatThrownBy(() -> receiveClixml("<TS N=\"T\">ten minutes</TS>"))
        .hasMessageEndingWith("<TS>: expected a duration such as PT10M, found \"ten minutes\"");
    assertThatThrownBy(() -> receiveClixml("<Ref N=\"R\" RefId=\"9\" />"))
        .hasMessageEndingWith("<Ref> to an object not given before");
    assertThatThrownBy(() -> clixml("<Obj RefId=\"0\"><TNRef RefId=\"4\" /></Obj>"))
        .hasMessageEndingWith("<TNRef> to type names not given before");
    assertThat(clixml("").reading(ObjectKind.RECEIVE_CONNECTOR))
        .isEqualTo(new KindReading.Read(java.util.List.of()));
  }

  @Test
  void convertToJsonReadsTheRarerShapes() throws IOException {
    LiveObject live =
        ConvertToJsonReaderTest.read(
                "{\"Name\": \"R\", \"MaxMessageSize\": {\"IsUnlimited\": false, \"Value\": \"25 MB\"},"
                    + " \"Bindings\": [[\"0.0.0.0:25\"]], \"RemoteIPRanges\": [\"10.0.0.1\", true, 5],"
                    + " \"Fqdn\": {\"IPAddressToString\": \"10.0.0.9\"}, \"MaxHopCount\": [{\"A\": 1}],"
                    + " \"Banner\": {\"IsUnlimited\": false}, \"@odata.id\": {\"x\": 1}}",
                ObjectKind.RECEIVE_CONNECTOR)
            .get(0);

    ReceiveConnector connector = (ReceiveConnector) live.object();
    assertThat(connector.maxMessageSize()).contains(ByteQuantity.parse("25 MB"));
    assertThat(connector.fqdn()).contains("10.0.0.9");
    assertThat(live.rejected()).containsKeys("Bindings", "RemoteIPRanges", "MaxHopCount", "Banner");
    assertThat(live.rejected().get("Bindings")).endsWith("a list inside a list");
    assertThat(live.rejected().get("MaxHopCount"))
        .endsWith("an object with A (no known string form)");
    assertThatThrownBy(
            () -> ConvertToJsonReaderTest.read("{\"Name\": \"R\"} 1", ObjectKind.RECEIVE_CONNECTOR))
        .hasMessage("c.json:1:15: text after the JSON value");
  }
}
