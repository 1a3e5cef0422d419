package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.domino.DominoDirectoryEmitter;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmitDominoCommandTest {
  private static final String TODAY = "2026-11-27";

  @TempDir Path dir;

  private Path writePlan(CoexistencePlan plan) throws Exception {
    return Files.writeString(dir.resolve("plan.yaml"), PlanWriter.write(plan, PlanFormat.YAML));
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void writesTheOneTouchSetupJsonOfThePlanAndListsWhatStaysManual(Environment environment)
      throws Exception {
    CoexistencePlan plan = ScenarioPlans.recommended(environment);
    Path file = writePlan(plan);

    Cli run = Cli.run("emit", "domino", file.toString(), "--today", TODAY);

    assertThat(run.exitCode).as(run.toString()).isZero();
    String expected =
        DominoDirectoryEmitter.standard()
            .emit(
                PlanValidator.standard()
                    .validate(plan, ValidationContext.on(LocalDate.parse(TODAY)))
                    .requireValid())
            .text();
    assertThat(run.out).isEqualTo(expected).contains("\"CalendarSystem\": \"btexchange.box\"");
    assertThat(run.err)
        .isEqualTo(
            "by hand: create btexchange.box from the Mail Router Mailbox template on COEX01/ACME,"
                + " COEX02/ACME, each server with Manager access\n"
                + "by hand: Foreign Domain Exchange via COEX01/ACME: confirm Domain type is"
                + " Foreign Domain\n"
                + "by hand: Foreign Domain Exchange via COEX02/ACME: confirm Domain type is"
                + " Foreign Domain\n"
                + "by hand: Foreign SMTP Domain exch.contoso.com (items not published by HCL; see"
                + " the runbook)\n"
                + "by hand: SMTP Connection COEX01/ACME to ExchangeDirect (items not published by"
                + " HCL; see the runbook)\n"
                + "by hand: SMTP Connection COEX02/ACME to ExchangeDirect (items not published by"
                + " HCL; see the runbook)\n"
                + "by hand: Configuration Settings for the coexistence servers (items not"
                + " published by HCL; see the runbook)\n");
  }

  @Test
  void writesToAFile() throws Exception {
    Path plan = writePlan(ScenarioPlans.recommended(Environment.EXCHANGE_SERVER));
    Path out = dir.resolve("domino.json");

    Cli run = Cli.run("emit", "domino", plan.toString(), "-o", out.toString(), "--today", TODAY);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("wrote " + out + "\n");
    assertThat(Files.readString(out)).startsWith("{\n  \"appConfiguration\": {\n");
  }

  @Test
  void aPlanWithAHostileForeignDomainWritesNothingAndExitsOne() throws Exception {
    CoexistencePlan plan = ScenarioPlans.withDomino(d -> d.foreignDomain("Exchange\u200F"));
    Path out = dir.resolve("domino.json");

    Cli run =
        Cli.run(
            "emit", "domino", writePlan(plan).toString(), "-o", out.toString(), "--today", TODAY);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("COEX-DDIR-003").contains("U+200F");
    assertThat(out).doesNotExist();
  }
}
