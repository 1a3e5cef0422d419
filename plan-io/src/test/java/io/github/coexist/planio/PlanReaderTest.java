package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.TlsAuthLevel;
import io.github.coexist.core.model.ZappSupport;
import io.github.coexist.core.value.CountLimit;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {
  private static final String HEAD =
      "formatVersion: 1\n"
          + "environment: exchange-online\n"
          + "domains: {primary: contoso.com, dominoRouting: domino.contoso.com,"
          + " exchangeRouting: exch.contoso.com}\n";

  private static CoexistencePlan read(String yaml) {
    return PlanReader.standard().read(yaml, "plan.yaml");
  }

  private static String error(String text, String source) {
    try {
      PlanReader.standard().read(text, source);
    } catch (PlanFileException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for " + text);
  }

  private static String error(String yaml) {
    return error(yaml, "plan.yaml");
  }

  @Test
  void readsTheSmallestPlan() {
    CoexistencePlan plan = read(HEAD);

    assertThat(plan.environment()).isEqualTo(Environment.EXCHANGE_ONLINE);
    assertThat(plan.domains().dominoRouting().toString()).isEqualTo("domino.contoso.com");
    assertThat(plan.remoteDomains()).isEmpty();
  }

  @Test
  void unknownKeyIsAnErrorAtTheKeyWithASuggestion() {
    String yaml = HEAD + "outboundConnectors:\n  - name: To Domino\n    useMxRecrod: false\n";

    assertThat(error(yaml))
        .isEqualTo(
            "plan.yaml:6:5: outboundConnectors[0]: unknown key \"useMxRecrod\""
                + " (did you mean \"useMxRecord\"?)");
  }

  @Test
  void unknownTopLevelKeyWithoutACloseMatchPointsToTheSchema() {
    assertThat(error(HEAD + "whatever: 1\n"))
        .isEqualTo(
            "plan.yaml:4:1: unknown key \"whatever\" (docs/plan.schema.json lists the keys)");
  }

  @Test
  void malformedValueGivesTheValueTypesReasonAtTheValue() {
    String yaml =
        HEAD + "receiveConnectors:\n  - name: In\n    remoteIpRanges: [10.1.1.1, 10.1.1.300]\n";

    assertThat(error(yaml))
        .isEqualTo(
            "plan.yaml:6:32: receiveConnectors[0].remoteIpRanges[1]: not an IP range:"
                + " \"10.1.1.300\" (part \"300\" is not 0..255)");
  }

  @Test
  void wrongTypeSaysWhatWasExpectedAndFound() {
    assertThat(error(HEAD + "remoteDomains:\n  - name: d\n    tnefEnabled: [false]\n"))
        .isEqualTo(
            "plan.yaml:6:18: remoteDomains[0].tnefEnabled: expected true or false, found a list");
    assertThat(error(HEAD + "sendConnectors:\n  - name: s\n    addressSpaces: SMTP:d.com;1\n"))
        .isEqualTo(
            "plan.yaml:6:20: sendConnectors[0].addressSpaces: expected a list (write [value] for"
                + " a single value), found the text \"SMTP:d.com;1\"");
    assertThat(error(HEAD + "receiveConnectors:\n  - name: r\n    maxHopCount: 1.5\n"))
        .isEqualTo(
            "plan.yaml:6:18: receiveConnectors[0].maxHopCount: expected a whole number from"
                + " -2147483648 to 2147483647, found the number 1.5");
  }

  @Test
  void modelRefusalIsReportedAtTheObject() {
    assertThat(error(HEAD + "sendConnectors:\n  - name: \"\"\n"))
        .isEqualTo("plan.yaml:5:5: sendConnectors[0]: SendConnector.name must not be empty");
    assertThat(error(HEAD + "coexistenceServers:\n  - {name: \"\", address: 10.1.1.1}\n"))
        .isEqualTo(
            "plan.yaml:5:5: coexistenceServers[0]: coexistence server name must not be empty");
  }

  @Test
  void missingRequiredKeyIsReportedAtItsMapping() {
    assertThat(
            error("formatVersion: 1\nenvironment: exchange-online\ndomains:\n  primary: c.com\n"))
        .isEqualTo("plan.yaml:4:3: domains: missing key \"dominoRouting\" (required)");
  }

  @Test
  void nullSetsAnAttributeToNullAndAbsentLeavesItUnmanaged() {
    CoexistencePlan plan =
        read(HEAD + "outboundConnectors:\n  - name: o\n    tlsSettings: null\n    comment:\n");

    assertThat(plan.outboundConnectors().get(0).explicitNulls())
        .containsExactly("tlsSettings", "comment");
    assertThat(plan.outboundConnectors().get(0).tlsSettings()).isEmpty();
    assertThat(
            read(HEAD + "outboundConnectors:\n  - name: o\n")
                .outboundConnectors()
                .get(0)
                .explicitNulls())
        .isEmpty();
  }

  @Test
  void updateSecondaryAddressesOnlyIsTrueUnlessThePlanSaysFalse() {
    String policy = HEAD + "emailAddressPolicies:\n  - name: p\n";
    assertThat(read(policy).emailAddressPolicies().get(0).updateSecondaryAddressesOnly()).isTrue();
    CoexistencePlan rewrite = read(policy + "    updateSecondaryAddressesOnly: false\n");
    assertThat(rewrite.emailAddressPolicies().get(0).updateSecondaryAddressesOnly()).isFalse();
    // Written only when it is not the default, and read back the same.
    String written = PlanWriter.write(rewrite, PlanFormat.YAML);
    assertThat(written).contains("updateSecondaryAddressesOnly: false");
    assertThat(read(written)).isEqualTo(rewrite);
    assertThat(PlanWriter.write(read(policy), PlanFormat.YAML))
        .doesNotContain("updateSecondaryAddressesOnly");
    assertThat(error(policy + "    updateSecondaryAddressesOnly: maybe\n"))
        .startsWith("plan.yaml:6:35: emailAddressPolicies[0].updateSecondaryAddressesOnly: ");
  }

  @Test
  void nullIsRefusedWhereItHasNoMeaning() {
    assertThat(error(HEAD + "sendConnectors:\n  - name: null\n"))
        .isEqualTo("plan.yaml:5:11: sendConnectors[0].name: a value is required, found null");
    assertThat(error(HEAD + "organization: ~\n"))
        .isEqualTo(
            "plan.yaml:4:15: organization: null is not allowed here (leave the key out to leave"
                + " it unset)");
    assertThat(error(HEAD + "transportServers: [EX01, null]\n"))
        .isEqualTo(
            "plan.yaml:4:26: transportServers[1]: null is not allowed in a list (remove the item)");
  }

  @Test
  void numbersAndBooleansWrittenAsStringsAreReadAsSuch() {
    CoexistencePlan plan =
        read(
            HEAD
                + "remoteDomains:\n  - name: d\n    lineWrapSize: \"60\"\n    tnefEnabled: \"FALSE\"\n"
                + "receiveConnectors:\n  - name: r\n    maxHopCount: \"60\"\n");

    assertThat(plan.remoteDomains().get(0).lineWrapSize()).contains(CountLimit.parse("60"));
    assertThat(plan.remoteDomains().get(0).tnefEnabled()).contains(false);
    assertThat(plan.receiveConnectors().get(0).maxHopCount()).contains(60);
  }

  @Test
  void textKeepsANumberExactlyAsWritten() {
    CoexistencePlan plan = read(HEAD + "organization: 007\ntransportServers: [2019, 1e3]\n");

    assertThat(plan.organization()).contains("007");
    assertThat(plan.transportServers()).containsExactly("2019", "1e3");
  }

  @Test
  void enumerationsAreReadInAnyCase() {
    CoexistencePlan plan =
        read(
            """
            formatVersion: 1
            environment: EXCHANGE-SERVER
            exchangeVersion: se
            domains: {primary: c.com, dominoRouting: d.c.com, exchangeRouting: e.c.com}
            outboundConnectors:
              - {name: o, tlsSettings: encryptiononly}
            domino: {zappSupport: 2}
            """);

    assertThat(plan.environment()).isEqualTo(Environment.EXCHANGE_SERVER);
    assertThat(plan.exchangeVersion()).contains(ExchangeVersion.EXCHANGE_SE);
    assertThat(plan.outboundConnectors().get(0).tlsSettings())
        .contains(TlsAuthLevel.ENCRYPTION_ONLY);
    assertThat(plan.domino().orElseThrow().zappSupport()).contains(ZappSupport.ATTACHMENT);
  }

  @Test
  void unknownEnumerationValueListsTheAcceptedOnes() {
    assertThat(error(HEAD.replace("exchange-online", "exchange-onlin")))
        .isEqualTo(
            "plan.yaml:2:14: environment: expected one of exchange-online, exchange-server (in"
                + " any case), found the text \"exchange-onlin\"");
  }

  @Test
  void brokenYamlGivesLineAndColumn() {
    assertThat(error("formatVersion: 1\nenvironment: [exchange-online\ndomains: {}\n"))
        .isEqualTo(
            "plan.yaml:3:8: YAML syntax: expected ',' or ']', but got : (while parsing a flow"
                + " sequence at 2:14)");
    assertThat(error("formatVersion: 1\n  environment: x\n"))
        .isEqualTo("plan.yaml:2:14: YAML syntax: mapping values are not allowed here");
  }

  @Test
  void brokenJsonGivesLineAndColumn() {
    assertThat(error("{\n  \"formatVersion\": 1,\n  \"environment\" \"x\"\n}\n", "plan.json"))
        .startsWith("plan.json:3:17: JSON syntax: Unexpected character ('\"' (code 34)):");
  }

  @Test
  void duplicateKeysAreAnError() {
    assertThat(error(HEAD + "organization: A\norganization: B\n"))
        .isEqualTo("plan.yaml:5:1: duplicate key \"organization\" (first at line 4)");
  }

  @Test
  void emptyFileAndNonMappingRootAreErrors() {
    assertThat(error(""))
        .isEqualTo(
            "plan.yaml:1:1: the file is empty (expected a plan: formatVersion, environment,"
                + " domains, ...)");
    assertThat(error("- a\n"))
        .isEqualTo(
            "plan.yaml:1:1: expected a plan (a mapping with formatVersion, environment, domains,"
                + " ...), found a list");
  }

  @Test
  void aSecondDocumentIsAnError() {
    assertThat(error(HEAD + "---\nformatVersion: 1\n"))
        .isEqualTo("plan.yaml:5:1: a second document: a plan file holds exactly one plan");
  }

  @Test
  void anchorsAndAliasesAreRefusedRatherThanMisread() {
    assertThat(error(HEAD + "organization: &o Contoso\ntransportServers: [*o]\n"))
        .isEqualTo(
            "plan.yaml:5:20: YAML anchors and aliases (&name, *name) are not supported: write"
                + " the value out");
  }

  @Test
  void controlCharacterInYamlIsLocated() {
    assertThat(error(HEAD + "organization: a\u0000b\n"))
        .isEqualTo(
            "plan.yaml:4:16: character U+0000 is not allowed in YAML (inside double quotes it"
                + " can be written as the escape \\u0000)");
  }

  @Test
  void escapedControlCharactersAreRead() {
    assertThat(read(HEAD + "organization: \"a\\0b\\u200Fc\"\n").organization())
        .contains("a\u0000b\u200Fc");
  }

  @Test
  void hostileKeysAreQuotedVisiblyInMessages() {
    assertThat(error(HEAD + "\"evil\\nkey\\u202E\": 1\n"))
        .isEqualTo(
            "plan.yaml:4:1: unknown key \"evil\\nkey\\u202E\" (docs/plan.schema.json lists the"
                + " keys)");
  }

  @Test
  void formatVersionIsRequiredAndNotNewerThanKnown() {
    assertThat(error("environment: exchange-online\n"))
        .isEqualTo(
            "plan.yaml:1:1: missing key \"formatVersion\" (required; this coexist writes 1)");
    assertThat(error(HEAD.replace("formatVersion: 1", "formatVersion: 2")))
        .isEqualTo(
            "plan.yaml:1:16: formatVersion: 2 is newer than this coexist reads (1); use a newer"
                + " coexist");
    assertThat(error(HEAD.replace("formatVersion: 1", "formatVersion: 0")))
        .isEqualTo("plan.yaml:1:16: formatVersion: 0 is not supported (this coexist reads 1)");
  }

  @Test
  void jsonIsDetectedByContentWithoutAnExtension() {
    String json =
        "{\"formatVersion\": 1, \"environment\": \"exchange-server\", \"domains\":"
            + " {\"primary\": \"c.com\", \"dominoRouting\": \"d.c.com\", \"exchangeRouting\":"
            + " \"e.c.com\"}}";

    assertThat(PlanReader.standard().read(json, "<stdin>").environment())
        .isEqualTo(Environment.EXCHANGE_SERVER);
    assertThat(PlanFormat.detect("<stdin>", "  {")).isEqualTo(PlanFormat.JSON);
    assertThat(PlanFormat.detect("<stdin>", "formatVersion: 1")).isEqualTo(PlanFormat.YAML);
  }

  @Test
  void readsFilesAndReadersNamingTheFileInMessages(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, HEAD + "organizaton: x\n");

    assertThatThrownBy(() -> PlanReader.standard().read(file))
        .isInstanceOf(PlanFileException.class)
        .hasMessage(file + ":4:1: unknown key \"organizaton\" (did you mean \"organization\"?)");
    assertThat(PlanReader.standard().read(new StringReader(HEAD), "r.yaml").environment())
        .isEqualTo(Environment.EXCHANGE_ONLINE);
  }

  @Test
  void aReaderThatFailsIsAPlanFileExceptionNotACheckedOne() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> PlanReader.standard().read(failing, "r.yaml"))
        .isInstanceOf(PlanFileException.class)
        .hasMessage("r.yaml: cannot be read (disk gone)");
  }

  @Test
  void notUtf8IsAnError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});

    assertThatThrownBy(() -> PlanReader.standard().read(file))
        .isInstanceOf(PlanFileException.class)
        .hasMessage(file + ":1:1: the file is not UTF-8 text");
  }

  @Test
  void aFileThatCannotBeReadIsAPlanFileExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> PlanReader.standard().read(missing))
        .isInstanceOf(PlanFileException.class)
        .isInstanceOf(io.github.coexist.core.CoexistException.class)
        .hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> PlanReader.standard().read(dir))
        .isInstanceOf(PlanFileException.class)
        .hasMessage(dir + ": is a directory, not a plan file");
    assertThatThrownBy(() -> PlanReader.standard().read((Path) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("file");
  }
}
