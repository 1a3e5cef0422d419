package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  /** The example Exchange Server plan with {@code organization}, written to plan.yaml. */
  private Path plan(String organization) throws Exception {
    CoexistencePlan plan =
        ScenarioPlans.withOrganization(Environment.EXCHANGE_SERVER, organization);
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, PlanWriter.write(plan, PlanFormat.YAML));
    return file;
  }

  @Test
  void aPlanWithoutErrorsExitsWithZero() throws Exception {
    Cli run = Cli.run("validate", plan("Contoso MARK-WARNING").toString(), "--today", "2026-11-27");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .contains(
            "WARNING COEX-TEST-002 organization: the organization carries the warning marker\n")
        .containsPattern("\n0 errors, [0-9]+ warnings?, [0-9]+ infos?\n$");
  }

  @Test
  void aPlanWithErrorsExitsWithOneAndPrintsEachFindingOnALine() throws Exception {
    Cli run = Cli.run("validate", plan("MARK-ERROR MARK-WARNING").toString(), "--today=2026-11-27");

    assertThat(run.exitCode).isEqualTo(ExitCode.FINDINGS);
    List<String> lines = run.out.lines().toList();
    assertThat(lines)
        .contains(
            "ERROR COEX-TEST-001 organization: the organization carries the error marker (fix:"
                + " remove it)",
            "WARNING COEX-TEST-002 organization: the organization carries the warning marker");
    // The real rules add their own warnings (e.g. TLS posture) beside the test rule's.
    assertThat(lines.get(lines.size() - 1))
        .matches("1 error, [1-9][0-9]* warnings?, [0-9]+ infos?");
    assertThat(lines.indexOf(lines.stream().filter(l -> l.startsWith("ERROR")).findFirst().get()))
        .isLessThan(
            lines.indexOf(lines.stream().filter(l -> l.startsWith("WARNING")).findFirst().get()));
  }

  @Test
  void jsonHasExactlyTheDocumentedShape() throws Exception {
    Cli run =
        Cli.run(
            "validate", plan("MARK-ERROR").toString(), "--format", "json", "--today", "2026-11-27");

    assertThat(run.exitCode).isEqualTo(ExitCode.FINDINGS);
    JsonNode report = new JsonMapper().readTree(run.out);
    assertThat(fieldNames(report)).containsExactly("valid", "diagnostics");
    assertThat(report.get("valid").isBoolean()).isTrue();
    assertThat(report.get("valid").asBoolean()).isFalse();
    JsonNode marker = null;
    for (JsonNode d : report.get("diagnostics")) {
      assertThat(fieldNames(d)).containsExactly("ruleId", "severity", "path", "message", "hint");
      if (d.get("ruleId").asText().equals("COEX-TEST-001")) {
        marker = d;
      }
    }
    assertThat(marker).isNotNull();
    assertThat(marker.get("severity").asText()).isEqualTo("ERROR");
    assertThat(marker.get("path").asText()).isEqualTo("organization");
    assertThat(marker.get("hint").asText()).isEqualTo("remove it");
  }

  @Test
  void jsonOfAValidPlanSaysValid() throws Exception {
    Cli run = Cli.run("validate", plan("Contoso").toString(), "--format=JSON");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(new JsonMapper().readTree(run.out).get("valid").asBoolean()).isTrue();
  }

  @Test
  void brokenYamlExitsWithTwoAndLineAndColumn() throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "formatVersion: 1\nenvironment: [exchange-server\ndomains: {}\n");

    Cli run = Cli.run("validate", file.toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "coexist: "
                + file
                + ":3:8: YAML syntax: expected ',' or ']', but got : (while parsing a flow"
                + " sequence at 2:14)\n");
  }

  @Test
  void unknownKeyExitsWithTwoAndLineAndColumn() throws Exception {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(
        file,
        """
        formatVersion: 1
        environment: exchange-online
        domains: {primary: c.com, dominoRouting: d.c.com, exchangeRouting: e.c.com}
        outboundConnectors:
          - name: Outbound to Domino
            useMxRecrod: false
        """);

    Cli run = Cli.run("validate", file.toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err)
        .isEqualTo(
            "coexist: "
                + file
                + ":6:5: outboundConnectors[0]: unknown key \"useMxRecrod\" (did you mean"
                + " \"useMxRecord\"?)\n");
  }

  @Test
  void aValueTheModelRefusesExitsWithTwo() throws Exception {
    Path file = dir.resolve("refused.yaml");
    Files.writeString(
        file,
        """
        formatVersion: 1
        environment: exchange-server
        domains: {primary: c.com, dominoRouting: d.c.com, exchangeRouting: e.c.com}
        sendConnectors:
          - name: To Domino
            addressSpaces: ["SMTP:d.c.com;0"]
        """);

    Cli run = Cli.run("validate", file.toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err)
        .startsWith(
            "coexist: " + file + ":6:21: sendConnectors[0].addressSpaces[0]: not an address space:")
        .doesNotContain("\tat ");
  }

  @Test
  void missingFileAndBadDateAreUsageErrors() {
    Path missing = dir.resolve("missing.yaml");

    Cli noFile = Cli.run("validate", missing.toString());
    Cli badDate = Cli.run("validate", missing.toString(), "--today", "27.11.2026");
    Cli badFormat = Cli.run("validate", missing.toString(), "--format", "xml");

    assertThat(noFile.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(noFile.err).isEqualTo("coexist: " + missing + ": no such file\n");
    assertThat(badDate.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(badDate.err).contains("'--today'").contains("expected a date YYYY-MM-DD");
    assertThat(badFormat.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(badFormat.err).contains("--format");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
