package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void writesThePlansAndReportsOfBothEnvironments() throws Exception {
    Path out = dir.resolve("demo");

    Cli run = Cli.run("demo", "--out", out.toString(), "--today", "2026-11-27");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    for (Environment environment : Environment.values()) {
      Path folder = out.resolve(environment.key());
      CoexistencePlan expected = ScenarioPlans.recommended(environment);
      assertThat(PlanReader.standard().read(folder.resolve("plan.yaml"))).isEqualTo(expected);
      // The report's last line is its summary; the recommended plans have no error.
      assertThat(Files.readString(folder.resolve("validation.txt")).lines().reduce((a, b) -> b))
          .hasValueSatisfying(
              last -> assertThat(last).matches("0 errors, [0-9]+ warnings?, [0-9]+ infos?"));
      JsonNode report = new JsonMapper().readTree(folder.resolve("validation.json").toFile());
      assertThat(report.get("valid").asBoolean()).isTrue();
      assertThat(run.out)
          .contains(environment.key() + ": 0 errors")
          .contains("wrote " + folder.resolve("plan.yaml"))
          .contains("wrote " + folder.resolve("validation.txt"))
          .contains("wrote " + folder.resolve("validation.json"));
      // The PowerShell scripts: UTF-8 with BOM, CRLF, the environment's dialect.
      byte[] script = Files.readAllBytes(folder.resolve("exchange.ps1"));
      assertThat(script).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      assertThat(new String(script, java.nio.charset.StandardCharsets.UTF_8))
          .contains(
              environment == Environment.EXCHANGE_ONLINE
                  ? "Connect-ExchangeOnline"
                  : "New-ReceiveConnector -Name 'Inbound from Domino'")
          .contains("\r\n");
      assertThat(Files.readString(folder.resolve("exchange-rollback.ps1")))
          .contains("ConfirmImpact = 'High'");
      // The read-only snapshot script of the environment, as `coexist emit snapshot` writes it.
      assertThat(Files.readString(folder.resolve(DemoCommand.SNAPSHOT_FILE)))
          .startsWith("\uFEFF#Requires -Version 5.1\r\n")
          .contains("environment = '" + environment.key() + "'");
      assertThat(Files.readString(folder.resolve(DemoCommand.RUNBOOK_FILE)))
          .startsWith("# Domino coexistence runbook: Contoso, ")
          .contains("```mermaid\nflowchart LR\n")
          .contains("## 5. Rollback");
    }
    // The demo license, once: valid on the demo's day, verified by the key written beside it.
    JsonNode status = new JsonMapper().readTree(out.resolve(DemoCommand.STATUS_FILE).toFile());
    assertThat(status.get("valid").asBoolean()).isTrue();
    assertThat(status.get("daysLeft").asInt()).isEqualTo(365);
    Cli verify =
        Cli.run(
            "license",
            "verify",
            out.resolve(DemoCommand.LICENSE_FILE).toString(),
            "--public-key",
            out.resolve(DemoCommand.PUBLIC_KEY_FILE).toString());
    assertThat(verify.exitCode).as(verify.toString()).isZero();
    assertThat(run.out)
        .contains("license (demo, issued 2026-11-27):\n  wrote " + out.resolve("license.lic"));
    int files = DemoCommand.ARTIFACTS.size() * Environment.values().length + 3;
    assertThat(run.out).endsWith("coexist demo: " + files + " files in " + out + "\n");
  }

  @Test
  void writesTheNotesIniFragmentConsoleCommandsAndAMergeIntoASample() throws Exception {
    Path out = dir.resolve("demo");

    Cli run = Cli.run("demo", "--out", out.toString(), "--today", "2026-11-27");

    assertThat(run.exitCode).as(run.toString()).isZero();
    for (Environment environment : Environment.values()) {
      Path folder = out.resolve(environment.key());
      assertThat(Files.readString(folder.resolve("notesini-fragment.ini")))
          .isEqualTo("BTEXCHANGEDOMAIN=Exchange\nBTEXCHANGEDB=btexchange.box\n");
      assertThat(Files.readString(folder.resolve("notesini-console.txt")))
          .isEqualTo(
              """
              set config BTEXCHANGEDOMAIN=Exchange
              set config BTEXCHANGEDB=btexchange.box
              load BTCal
              """);
      byte[] sample = Files.readAllBytes(folder.resolve("notes-sample.ini"));
      assertThat(sample)
          .isEqualTo(NotesIniDemo.class.getResourceAsStream("demo-notes.ini").readAllBytes());
      assertThat(Files.readAllBytes(folder.resolve("notes-merged.ini")))
          .isEqualTo(Golden.readResource("notesini/demo-notes-merged.ini"));
    }
  }

  @Test
  void writesTheSameBytesEveryTime() throws Exception {
    Path first = dir.resolve("a");
    Path second = dir.resolve("b");

    Cli.run("demo", "--out", first.toString(), "--today", "2026-11-27");
    Cli.run("demo", "--out", second.toString(), "--today", "2026-11-27");

    for (Environment environment : Environment.values()) {
      for (DemoArtifact artifact : DemoCommand.ARTIFACTS) {
        Path relative = Path.of(environment.key(), artifact.fileName());
        assertThat(Files.readString(second.resolve(relative)))
            .as(relative.toString())
            .isEqualTo(Files.readString(first.resolve(relative)));
      }
    }
  }

  @Test
  void anOutputThatIsAFileIsAUserError() throws Exception {
    Path file = Files.writeString(dir.resolve("occupied"), "x");

    Cli run = Cli.run("demo", "--out", file.toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).isEqualTo("coexist: --out " + file + ": is a file, not a folder\n");
  }

  @Test
  void helpDescribesTheOptions() {
    Cli run = Cli.run("demo", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("--out=DIR").contains("coexist-out");
  }
}
