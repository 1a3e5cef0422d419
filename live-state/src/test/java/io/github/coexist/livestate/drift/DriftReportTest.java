package io.github.coexist.livestate.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.SmartHost;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftReportTest {
  private static final String HOSTILE = "To \"Domino\"\n$(Remove-Item C:\\)|`x`\u202E";

  private static final SendConnector SEND =
      SendConnector.builder()
          .name(HOSTILE)
          .addSmartHosts(SmartHost.parse("10.1.1.1"))
          .requireTls(true)
          .build();
  private static final ReceiveConnector RECEIVE =
      ReceiveConnector.builder().name("From Domino").server("EX01").build();

  private static Attribute attribute(ObjectKind kind, String key) {
    return kind.attribute(key).orElseThrow();
  }

  /** One of each part. */
  private static Drift drift() {
    Attribute hosts = attribute(ObjectKind.SEND_CONNECTOR, "smartHosts");
    Attribute tls = attribute(ObjectKind.SEND_CONNECTOR, "requireTls");
    return new Drift(
        ImmutableList.of(
            new Drift.Difference(
                Drift.Type.DIFFERS,
                "sendConnectors[0].smartHosts",
                SEND,
                Optional.of(hosts),
                Optional.of(SEND.smartHosts()),
                Optional.of(List.of(SmartHost.parse("10.9.9.9"), SmartHost.parse("a.b.c")))),
            new Drift.Difference(
                Drift.Type.DIFFERS,
                "sendConnectors[0].requireTls",
                SEND,
                Optional.of(tls),
                Optional.of(true),
                Optional.empty()),
            new Drift.Difference(
                Drift.Type.MISSING,
                "receiveConnectors[0]",
                RECEIVE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty())),
        ImmutableList.of(
            new Drift.NotReported(
                "sendConnectors[0].usage",
                SEND,
                attribute(ObjectKind.SEND_CONNECTOR, "usage"),
                Optional.empty())),
        ImmutableList.of(
            new Drift.Unknown(ObjectKind.REMOTE_DOMAIN, "Get-RemoteDomain failed: x", 2)),
        ImmutableList.of(new Drift.Unmanaged(ObjectKind.SEND_CONNECTOR, "Internet\nTwo")));
  }

  @Test
  void textIsOneLinePerFindingWithHostileTextEscaped() {
    String escaped = "To \"Domino\"\\n$(Remove-Item C:\\)|`x`\\u{202E}";
    assertThat(DriftReport.text(drift()))
        .isEqualTo(
            "DIFFERS sendConnectors[0].smartHosts \""
                + escaped
                + "\": planned [10.1.1.1], live [10.9.9.9, a.b.c]\n"
                + "DIFFERS sendConnectors[0].requireTls \""
                + escaped
                + "\": planned true, live $null\n"
                + "MISSING receiveConnectors[0] \"EX01\\From Domino\": the organisation has no such"
                + " receive connector\n"
                + "UNKNOWN remoteDomains: 2 planned objects not checked (Get-RemoteDomain failed:"
                + " x)\n"
                + "NOT-REPORTED sendConnectors[0].usage \""
                + escaped
                + "\": the input did not report -Usage\n"
                + "UNMANAGED send-connector \"Internet\\nTwo\"\n"
                + "drift: 3 differences, 1 unknown kind, 1 not reported, 1 unmanaged\n");
  }

  @Test
  void jsonIsTheDocumentedContract() {
    assertThat(DriftReport.json(drift()))
        .isEqualTo(
            """
            {
              "formatVersion": 1,
              "status": "drift",
              "inSync": false,
              "differences": [
                {
                  "type": "differs",
                  "path": "sendConnectors[0].smartHosts",
                  "kind": "send-connector",
                  "object": "To \\"Domino\\"\\n$(Remove-Item C:\\\\)|`x`\u202e",
                  "attribute": "smartHosts",
                  "parameter": "SmartHosts",
                  "planned": [
                    "10.1.1.1"
                  ],
                  "live": [
                    "10.9.9.9",
                    "a.b.c"
                  ]
                },
                {
                  "type": "differs",
                  "path": "sendConnectors[0].requireTls",
                  "kind": "send-connector",
                  "object": "To \\"Domino\\"\\n$(Remove-Item C:\\\\)|`x`\u202e",
                  "attribute": "requireTls",
                  "parameter": "RequireTLS",
                  "planned": true,
                  "live": null
                },
                {
                  "type": "missing",
                  "path": "receiveConnectors[0]",
                  "kind": "receive-connector",
                  "object": "EX01\\\\From Domino"
                }
              ],
              "unknown": [
                {
                  "path": "remoteDomains",
                  "kind": "remote-domain",
                  "reason": "Get-RemoteDomain failed: x",
                  "plannedObjects": 2
                }
              ],
              "notReported": [
                {
                  "path": "sendConnectors[0].usage",
                  "kind": "send-connector",
                  "object": "To \\"Domino\\"\\n$(Remove-Item C:\\\\)|`x`\u202e",
                  "attribute": "usage",
                  "parameter": "Usage"
                }
              ],
              "unmanaged": [
                {
                  "kind": "send-connector",
                  "identity": "Internet\\nTwo"
                }
              ]
            }
            """);
  }

  @Test
  void markdownEscapesCellsAndKeepsOneRowPerFinding() {
    String md = DriftReport.markdown(drift());

    assertThat(md)
        .startsWith(
            "# Drift\n\n**drift: 3 differences, 1 unknown kind, 1 not reported, 1 unmanaged**\n")
        .contains(
            "| `sendConnectors[0].requireTls` | To \"Domino\"\\\\n$\\(Remove\\-Item C:\\\\\\)\\|\\`x\\`"
                + "\\\\u\\{202E\\} | true | $null |")
        .contains("| `receiveConnectors[0]` | EX01\\\\From Domino | the object | missing |")
        .contains("| send-connector | Internet\\\\nTwo |");
    assertThat(md.lines().filter(l -> l.startsWith("| `sendConnectors[0]"))).hasSize(3);
  }

  @Test
  void anEmptyDriftIsInSync() {
    Drift none =
        new Drift(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

    assertThat(DriftReport.text(none))
        .isEqualTo("in-sync: 0 differences, 0 unknown kinds, 0 not reported, 0 unmanaged\n");
    assertThat(DriftReport.json(none))
        .contains("\"status\": \"in-sync\"")
        .contains("\"inSync\": true");
    assertThat(DriftReport.markdown(none))
        .isEqualTo(
            "# Drift\n\n**in-sync: 0 differences, 0 unknown kinds, 0 not reported, 0 unmanaged**\n");
  }

  @Test
  void eachFormWritesItselfAsItsStringDoes() throws Exception {
    Drift drift = drift();
    for (DriftReport.Form form : DriftReport.Form.values()) {
      DriftReport report = DriftReport.of(drift, form);
      String expected =
          switch (form) {
            case TEXT -> DriftReport.text(drift);
            case JSON -> DriftReport.json(drift);
            case MARKDOWN -> DriftReport.markdown(drift);
          };
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      report.writeTo(bytes);

      assertThat(report.text()).as("%s", form).isEqualTo(expected).isEqualTo(report.toString());
      assertThat(bytes.toByteArray())
          .isEqualTo(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(report.drift()).isSameAs(drift);
      assertThat(report.form()).isEqualTo(form);
    }
  }
}
