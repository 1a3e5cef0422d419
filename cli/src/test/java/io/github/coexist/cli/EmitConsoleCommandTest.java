package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmitConsoleCommandTest {
  private static final String TODAY = "2026-11-27";

  @TempDir Path dir;

  private Path writePlan(CoexistencePlan plan) throws Exception {
    return Files.writeString(dir.resolve("plan.yaml"), PlanWriter.write(plan, PlanFormat.YAML));
  }

  @Test
  void writesSetConfigLoadAndTheLicenseInstall() throws Exception {
    Path plan = writePlan(ScenarioPlans.licensed("/local/notesdata/btcal.lic"));

    Cli run = Cli.run("emit", "console", plan.toString(), "--today", TODAY);

    assertThat(run.exitCode).as(run.toString()).isZero();
    Golden.assertResource("notesini/console-licensed.txt", run.out);
    assertThat(run.err).isEmpty();
  }

  @Test
  void whereBtcalRunsItIsRestartedNotLoadedAgain() throws Exception {
    Path plan = writePlan(ScenarioPlans.licensed("/local/notesdata/btcal.lic"));

    Cli run = Cli.run("emit", "console", plan.toString(), "--btcal-running", "--today", TODAY);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .doesNotContain("load BTCal")
        .contains(
            "tell BTCal restart\nshow tasks\ntell btcal install license"
                + " /local/notesdata/btcal.lic\n");
  }

  @Test
  void writesToAFileWithAWarningForSpacesInTheLicensePath() throws Exception {
    Path plan =
        writePlan(ScenarioPlans.licensed("C:\\Program Files\\HCL\\Domino\\Data\\btcal.lic"));
    Path out = dir.resolve("console.txt");

    Cli run =
        Cli.run(
            "emit",
            "console",
            plan.toString(),
            "-o",
            out.toString(),
            "--line-break",
            "crlf",
            "--today",
            TODAY);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEmpty();
    assertThat(Files.readString(out))
        .endsWith(
            """
            load BTCal\r
            show tasks\r
            tell btcal install license C:\\Program Files\\HCL\\Domino\\Data\\btcal.lic\r
            """);
    assertThat(run.err)
        .isEqualTo(
            plan
                + ": warning: license.serverPath has spaces; whether 'tell btcal install license'"
                + " accepts them is not documented: a path without spaces is safer\n");
  }

  @Test
  void aValueTheConsoleCannotCarryIsRefusedNamingTheKey() throws Exception {
    Path plan = writePlan(ScenarioPlans.withDomino(d -> d.putNdrText(54, "say \"no\"")));

    Cli run = Cli.run("emit", "console", plan.toString(), "--today", TODAY);

    // Validation refuses it first (COEX-DOM-040), naming the plan path; nothing is written.
    assertThat(run.exitCode).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("COEX-DOM-040").contains("domino.ndrTexts.54");
  }

  @Test
  void helpNamesTheLimits() {
    Cli run = Cli.run("emit", "console", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("tell BTCal restart").contains("--charset=NAME");
  }
}
