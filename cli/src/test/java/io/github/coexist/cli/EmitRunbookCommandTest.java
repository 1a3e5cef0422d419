package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmitRunbookCommandTest {
  @TempDir Path dir;

  private Path write(CoexistencePlan plan) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, PlanWriter.write(plan, PlanFormat.YAML));
    return file;
  }

  private static CoexistencePlan recommended(Environment environment) {
    return RecommendedPlans.create(RecommendedPlans.example(environment));
  }

  @Test
  void writesTheRunbookToAFile() throws Exception {
    Path out = dir.resolve("runbook.md");
    Path plan = write(recommended(Environment.EXCHANGE_ONLINE));

    Cli run =
        Cli.run("emit", "runbook", plan.toString(), "-o", out.toString(), "--today", "2026-11-27");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("wrote " + out + System.lineSeparator());
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("# Domino coexistence runbook: Contoso, Exchange Online\n")
        .contains("Validate-OutboundConnector -Identity 'Outbound to Domino'");
  }

  @Test
  void printsTheRunbookWithoutAnOutputFile() throws Exception {
    Cli run =
        Cli.run(
            "emit",
            "runbook",
            write(recommended(Environment.EXCHANGE_SERVER)).toString(),
            "--today",
            "2026-11-27");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .startsWith("# Domino coexistence runbook: Contoso, Exchange Server 2019\n")
        .contains("Get-ReceiveConnector -Identity 'EX02\\Inbound from Domino'");
    assertThat(run.err).isEmpty();
  }

  @Test
  void aPlanWithErrorsWritesNothingAndExitsOne() throws Exception {
    CoexistencePlan recommended = recommended(Environment.EXCHANGE_SERVER);
    ReceiveConnector open =
        ReceiveConnector.builder()
            .from(recommended.receiveConnectors().get(0))
            .authMechanism(
                List.of(
                    AuthMechanism.TLS,
                    AuthMechanism.EXTERNAL_AUTHORITATIVE,
                    AuthMechanism.BASIC_AUTH))
            .build();
    Path plan =
        write(
            CoexistencePlan.builder()
                .from(recommended)
                .receiveConnectors(List.of(open, recommended.receiveConnectors().get(1)))
                .build());
    Path out = dir.resolve("runbook.md");

    Cli run =
        Cli.run("emit", "runbook", plan.toString(), "-o", out.toString(), "--today", "2026-11-27");

    assertThat(run.exitCode).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err)
        .contains("ERROR COEX-RECV-002 receiveConnectors[0]")
        .contains("coexist: " + plan + ": 1 error, ")
        .endsWith("; nothing written" + System.lineSeparator());
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingPlanIsAUserError() {
    Cli run = Cli.run("emit", "runbook", dir.resolve("nope.yaml").toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err)
        .isEqualTo(
            "coexist: " + dir.resolve("nope.yaml") + ": no such file" + System.lineSeparator());
  }
}
