package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmitScriptCommandTest {
  @TempDir Path dir;

  private Path plan(Environment environment, String organization) throws Exception {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(ScenarioPlans.recommended(environment))
            .organization(organization)
            .build();
    return write(plan);
  }

  private Path write(CoexistencePlan plan) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, PlanWriter.write(plan, PlanFormat.YAML));
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"powershell", "rollback"})
  void writesTheScriptToAFileAsUtf8WithBomAndCrlf(String kind) throws Exception {
    Path out = dir.resolve("coexist.ps1");
    Cli run =
        Cli.run(
            "emit",
            kind,
            plan(Environment.EXCHANGE_SERVER, "Contoso").toString(),
            "-o",
            out.toString(),
            "--today",
            "2026-11-27");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("wrote " + out + System.lineSeparator());
    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("#Requires -Version 5.1\r\n").doesNotContainPattern("[^\r]\n");
    assertThat(text)
        .contains(
            kind.equals("powershell")
                ? "New-ReceiveConnector -Name 'Inbound from Domino'"
                : "Remove-ReceiveConnector -Identity $guid -ErrorAction Stop -Confirm:$false");
  }

  @Test
  void writesToStandardOutputWithLfAndWithoutBomWhenAsked() throws Exception {
    Cli run =
        Cli.run(
            "emit",
            "powershell",
            plan(Environment.EXCHANGE_ONLINE, "Contoso").toString(),
            "--lf",
            "--no-bom",
            "--today",
            "2026-11-27");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .startsWith("# coexist: Exchange Online configuration")
        .doesNotContain("\r")
        .contains("Connect-ExchangeOnline -ShowBanner:$false -ErrorAction Stop\n");
  }

  @Test
  void sameBytesWhateverTheFileFormat() throws Exception {
    CoexistencePlan plan = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    Path yaml = dir.resolve("plan.yaml");
    Path json = dir.resolve("plan.json");
    Files.writeString(yaml, PlanWriter.write(plan, PlanFormat.YAML));
    Files.writeString(json, PlanWriter.write(plan, PlanFormat.JSON));
    Cli.run(
        "emit",
        "powershell",
        yaml.toString(),
        "-o",
        dir.resolve("a.ps1").toString(),
        "--today",
        "2026-11-27");
    Cli.run(
        "emit",
        "powershell",
        json.toString(),
        "-o",
        dir.resolve("b.ps1").toString(),
        "--today",
        "2026-11-27");
    assertThat(Files.readAllBytes(dir.resolve("a.ps1")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.ps1")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"powershell", "rollback"})
  void withErrorsInThePlanItWritesNothingAndExitsOne(String kind) throws Exception {
    Path out = dir.resolve("coexist.ps1");
    Cli run =
        Cli.run(
            "emit",
            kind,
            plan(Environment.EXCHANGE_SERVER, "MARK-ERROR").toString(),
            "-o",
            out.toString(),
            "--today",
            "2026-11-27");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(out).doesNotExist();
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("COEX-TEST-001").contains("nothing written");
  }

  @Test
  void aHostileNameIsRefusedNamingItsPlanPathAndNothingIsWritten() throws Exception {
    CoexistencePlan plan = ScenarioPlans.withRemoteDomainName("domino\u202Eevil");
    Path out = dir.resolve("coexist.ps1");
    Cli run =
        Cli.run(
            "emit",
            "powershell",
            write(plan).toString(),
            "-o",
            out.toString(),
            "--today",
            "2026-11-27");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(out).doesNotExist();
    // Validation names the field (the emitter would refuse it too, see HostileTextTest).
    assertThat(run.err)
        .contains(" remoteDomains[0].name: ")
        .contains("U+202E")
        .contains("nothing written")
        .doesNotContain("Exception");
  }

  @Test
  void aMissingPlanIsAUsageError() {
    Cli run = Cli.run("emit", "rollback", dir.resolve("nope.yaml").toString());
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("nope.yaml: no such file").doesNotContain("\tat ");
  }
}
