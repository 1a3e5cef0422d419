package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile text in a live organisation's names and values is read as data, exactly. */
class HostileTextTest {
  static Stream<String> hostile() {
    return Stream.of(
        "Quote's \"double\" ‘single’ „low“",
        "$(Remove-SendConnector -Confirm:$false)",
        "back`tick ${env:PATH}",
        "line\nbreak\r\nand\ttab",
        "nul\u0000inside",
        "rtl \u202Egnp.exe\u202C mark",
        "surrogates \uD83D\uDCE7 mail",
        "<xml attr='&amp;'/> & ]]>",
        "_x0041_ looks like an escape");
  }

  private static String json(String text) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(text));
  }

  /** PowerShell's CLIXML encoding of text: XML escapes, _xHHHH_ for what XML cannot hold. */
  private static String clixml(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_' && text.startsWith("_x", i)) {
        out.append("_x005F_");
      } else if ((c < 0x20 && c != '\t') || c == '\r' || c == '\n') {
        out.append(String.format(java.util.Locale.ROOT, "_x%04X_", (int) c));
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void snapshotJsonReadsItExactly(String text) throws IOException {
    String document =
        "{\"format\": \"coexist-snapshot\", \"formatVersion\": 1, \"environment\":"
            + " \"exchange-server\", \"kinds\": {\"sendConnectors\": {\"objects\": [{\"Name\": \""
            + json(text)
            + "\", \"Comment\": \""
            + json(text)
            + "\", \"AdminDisplayName\": \""
            + json(text)
            + "\"}]}}}";

    LiveObject live =
        SnapshotJsonReader.read(new StringReader(document), "s.json")
            .objectsIfRead(ObjectKind.SEND_CONNECTOR)
            .get(0);

    assertThat(live.object().name()).isEqualTo(text);
    assertThat(((SendConnector) live.object()).comment()).contains(text);
    assertThat(live.readOnly()).containsEntry("AdminDisplayName", text);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void convertToJsonReadsItExactly(String text) throws IOException {
    LiveObject live =
        ConvertToJsonReader.read(
                new StringReader("{\"Name\": \"" + json(text) + "\"}"),
                "c.json",
                Environment.EXCHANGE_SERVER,
                ObjectKind.SEND_CONNECTOR)
            .objectsIfRead(ObjectKind.SEND_CONNECTOR)
            .get(0);

    assertThat(live.object().name()).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void clixmlReadsItExactly(String text) {
    String capture =
        "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">"
            + "<Obj RefId=\"0\"><TN RefId=\"0\">"
            + "<T>Deserialized.Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig</T>"
            + "</TN><ToString>"
            + clixml(text)
            + "</ToString><Props><S N=\"Name\">"
            + clixml(text)
            + "</S><S N=\"Comment\">"
            + clixml(text)
            + "</S></Props></Obj></Objs>";

    LiveObject live =
        ClixmlReader.read(
                new ByteArrayInputStream(capture.getBytes(StandardCharsets.UTF_8)),
                "x.xml",
                Environment.EXCHANGE_SERVER,
                Optional.empty())
            .objectsIfRead(ObjectKind.SEND_CONNECTOR)
            .get(0);

    assertThat(live.object().name()).isEqualTo(text);
    assertThat(((SendConnector) live.object()).comment()).contains(text);
  }
}
