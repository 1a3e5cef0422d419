package io.github.coexist.cli;

import static io.github.coexist.testplans.ScenarioPlans.recommended;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.NotesIniCharset;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmitRunbookCommandTest {
  @TempDir Path dir;

  private Path write(CoexistencePlan plan) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, PlanWriter.write(plan, PlanFormat.YAML));
    return file;
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
    Path plan = write(ScenarioPlans.withBasicAuth());
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
  void aVerifiedLicenseIsShownWithItsStatusOnTheDay() throws Exception {
    Path privateKey = dir.resolve("signing.key");
    Path publicKey = dir.resolve("public.key");
    Path license = dir.resolve("acme.lic");
    assertThat(
            Cli.run(
                    "license",
                    "keygen",
                    "--private-key",
                    privateKey.toString(),
                    "--public-key",
                    publicKey.toString())
                .exitCode)
        .isZero();
    Cli sign =
        Cli.run(
            "license",
            "sign",
            "--private-key",
            privateKey.toString(),
            "--type",
            "standard",
            "--licensee",
            "Contoso",
            "--process-domain",
            "ACME",
            "--admin-email",
            "notes-admin@contoso.com",
            "--generated",
            "2026-01-15",
            "--expires",
            "2027-01-15",
            "-o",
            license.toString());
    assertThat(sign.exitCode).as(sign.toString()).isZero();
    Path plan = write(recommended(Environment.EXCHANGE_SERVER));

    Cli run =
        Cli.run(
            "emit",
            "runbook",
            plan.toString(),
            "--license",
            license.toString(),
            "--public-key",
            publicKey.toString(),
            "--today",
            "2026-12-16");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .contains("standard for Contoso, process domain ACME")
        .contains("it is expiring with 30 days left");
  }

  @Test
  void aLicenseWithoutAKeyOrWithAnotherKeyIsRefused() throws Exception {
    Path plan = write(recommended(Environment.EXCHANGE_SERVER));
    Path license = Files.writeString(dir.resolve("x.lic"), "not a license\n");

    Cli noKey = Cli.run("emit", "runbook", plan.toString(), "--license", license.toString());
    assertThat(noKey.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(noKey.err)
        .isEqualTo(
            "coexist: --license needs --public-key FILE to verify "
                + license
                + System.lineSeparator());

    Path publicKey = dir.resolve("public.key");
    Cli.run(
        "license",
        "keygen",
        "--private-key",
        dir.resolve("k").toString(),
        "--public-key",
        publicKey.toString());
    Cli bad =
        Cli.run(
            "emit",
            "runbook",
            plan.toString(),
            "--license",
            license.toString(),
            "--public-key",
            publicKey.toString());
    assertThat(bad.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err).startsWith("coexist: " + license + ":").doesNotContain("\tat ");
    assertThat(bad.out).isEmpty();
  }

  @Test
  void aMissingPlanIsAUserError() {
    Cli run = Cli.run("emit", "runbook", dir.resolve("nope.yaml").toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err)
        .isEqualTo(
            "coexist: " + dir.resolve("nope.yaml") + ": no such file" + System.lineSeparator());
  }

  @Test
  void aPlanWhoseNotesIniNeedsACharsetGetsItsRunbookInThatCharset() throws Exception {
    // Without the plan fact, validation refuses the value the default charset cannot hold.
    Path withoutCharset = write(ScenarioPlans.germanNdrText());
    Cli ascii = Cli.run("emit", "runbook", withoutCharset.toString(), "--today", "2026-11-27");
    assertThat(ascii.exitCode).isEqualTo(ExitCode.FINDINGS);
    assertThat(ascii.err).contains("COEX-DOM-041").contains("domino.ndrTexts.54");

    Path plan = write(ScenarioPlans.germanNdrText(NotesIniCharset.WINDOWS_1252));
    Path out = dir.resolve("runbook.md");

    Cli planned =
        Cli.run("emit", "runbook", plan.toString(), "-o", out.toString(), "--today", "2026-11-27");
    Cli same =
        Cli.run(
            "emit",
            "runbook",
            plan.toString(),
            "--charset",
            "windows-1252",
            "--today",
            "2026-11-27");
    Cli other =
        Cli.run(
            "emit", "runbook", plan.toString(), "--charset", "US-ASCII", "--today", "2026-11-27");

    assertThat(planned.exitCode).as(planned.toString()).isZero();
    // The runbook is UTF-8 Markdown whatever the server's charset: the value reads as written.
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .contains("BTNDR54=Verschl\u00fcsselte Mail geht nicht an Outlook.\n")
        .contains("set config BTNDR54=Verschl\u00fcsselte Mail geht nicht an Outlook.\n");
    assertThat(same.exitCode).as(same.toString()).isZero();
    assertThat(other.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(other.err)
        .startsWith("coexist: " + plan + ": ")
        .contains("the plan's notes.ini charset is windows-1252, but US-ASCII was asked for")
        .hasLineCount(1);
  }

  @Test
  void aCharsetNotesIniCannotUseIsAUsageError() throws Exception {
    Path plan = write(recommended(Environment.EXCHANGE_SERVER));

    Cli utf16 =
        Cli.run("emit", "runbook", plan.toString(), "--charset", "UTF-16", "--today", "2026-11-27");
    Cli unknown = Cli.run("emit", "runbook", plan.toString(), "--charset", "no-such-charset");

    assertThat(utf16.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(utf16.err)
        .isEqualTo(
            "coexist: --charset: charset UTF-16 is not ASCII-compatible: notes.ini needs '=', CR"
                + " and LF as single ASCII bytes\n");
    assertThat(unknown.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err).contains("unknown charset");
  }
}
