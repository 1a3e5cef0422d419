package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.NotesIniCharset;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmitNotesIniCommandTest {
  private static final String TODAY = "2026-11-27";

  @TempDir Path dir;
  private Path plan;
  private Path windowsIni;
  private Path latin1Ini;

  @BeforeEach
  void files() throws Exception {
    plan = writePlan("plan.yaml", ScenarioPlans.recommended(Environment.EXCHANGE_SERVER));
    windowsIni =
        Files.write(
            dir.resolve("notes.ini"),
            NotesIniDemo.class.getResourceAsStream("demo-notes.ini").readAllBytes());
    latin1Ini =
        Files.write(dir.resolve("linux.ini"), Golden.readResource("notesini/linux-latin1.ini"));
  }

  private Path writePlan(String name, CoexistencePlan content) throws Exception {
    return Files.writeString(dir.resolve(name), PlanWriter.write(content, PlanFormat.YAML));
  }

  @Test
  void writesTheFragmentToStdout() {
    Cli run = Cli.run("emit", "notesini", plan.toString(), "--today", TODAY);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("BTEXCHANGEDOMAIN=Exchange\nBTEXCHANGEDB=btexchange.box\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void writesTheFragmentToAFileInTheChosenLineBreak() throws Exception {
    Path out = dir.resolve("btcal.ini");

    Cli run =
        Cli.run(
            "emit",
            "notesini",
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
        .isEqualTo("BTEXCHANGEDOMAIN=Exchange\r\nBTEXCHANGEDB=btexchange.box\r\n");
  }

  @Test
  void mergesIntoACopyAndNeverTouchesNotesIni() throws Exception {
    byte[] before = Files.readAllBytes(windowsIni);

    Cli run =
        Cli.run(
            "emit",
            "notesini",
            plan.toString(),
            "--merge-into",
            windowsIni.toString(),
            "--today",
            TODAY);

    assertThat(run.exitCode).as(run.toString()).isZero();
    Golden.assertResource("notesini/demo-notes-merged.ini", run.out);
    assertThat(Files.readAllBytes(windowsIni)).isEqualTo(before);
  }

  @Test
  void aMergedFileWithBytesThatAreNotUtf8GoesToAFileExactly() throws Exception {
    Path out = dir.resolve("merged.ini");

    Cli toStdout =
        Cli.run(
            "emit",
            "notesini",
            plan.toString(),
            "--merge-into",
            latin1Ini.toString(),
            "--today",
            TODAY);
    Cli toFile =
        Cli.run(
            "emit",
            "notesini",
            plan.toString(),
            "--merge-into",
            latin1Ini.toString(),
            "-o",
            out.toString(),
            "--today",
            TODAY);

    assertThat(toStdout.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(toStdout.out).isEmpty();
    assertThat(toStdout.err)
        .endsWith(
            "coexist: the output holds bytes that are not UTF-8 and would change on stdout; write"
                + " it to a file with -o FILE\n");
    assertThat(toFile.exitCode).as(toFile.toString()).isZero();
    Golden.assertResource("notesini/linux-latin1-merged.ini", Files.readAllBytes(out));
    assertThat(toFile.err)
        .isEqualTo(
            latin1Ini
                + ":7: warning: duplicate key \"Domain\" (first at line 6, which is the one read and"
                + " updated)\n");
  }

  @Test
  void theDryRunPrintsTheChangesAndWritesNothing() {
    Cli run =
        Cli.run(
            "emit",
            "notesini",
            plan.toString(),
            "--merge-into",
            latin1Ini.toString(),
            "--dry-run",
            "--today",
            TODAY);

    assertThat(run.exitCode).as(run.toString()).isZero();
    Golden.assertResource("notesini/linux-latin1-summary.txt", run.out);
    assertThat(dir.toFile().list())
        .containsExactlyInAnyOrder("plan.yaml", "notes.ini", "linux.ini");
  }

  @Test
  void theOutputCannotBeTheFileMergedInto() throws Exception {
    byte[] before = Files.readAllBytes(windowsIni);

    Cli run =
        Cli.run(
            "emit",
            "notesini",
            plan.toString(),
            "--merge-into",
            windowsIni.toString(),
            "-o",
            windowsIni.toString(),
            "--today",
            TODAY);

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err)
        .isEqualTo(
            "coexist: -o "
                + windowsIni
                + ": is the file given as --merge-into; a command never writes over its own"
                + " input\n");
    assertThat(Files.readAllBytes(windowsIni)).isEqualTo(before);
  }

  @Test
  void dryRunNeedsAFileToMergeInto() {
    Cli run = Cli.run("emit", "notesini", plan.toString(), "--dry-run");

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).isEqualTo("coexist: --dry-run needs --merge-into NOTES_INI\n");
  }

  @Test
  void aMissingNotesIniIsOneLine() {
    Path missing = dir.resolve("missing.ini");

    Cli run =
        Cli.run(
            "emit",
            "notesini",
            plan.toString(),
            "--merge-into",
            missing.toString(),
            "--today",
            TODAY);

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).isEqualTo("coexist: " + missing + ": no such file\n");
  }

  @Test
  void theCharsetIsThePlansAndAnotherCharsetOptionIsRefusedNamingBoth() throws Exception {
    Path asciiPlan = writePlan("german.yaml", ScenarioPlans.germanNdrText());
    Path windowsPlan =
        writePlan("german-1252.yaml", ScenarioPlans.germanNdrText(NotesIniCharset.WINDOWS_1252));

    Cli ascii = Cli.run("emit", "notesini", asciiPlan.toString(), "--today", TODAY);
    Cli fromThePlan =
        Cli.run(
            "emit",
            "notesini",
            windowsPlan.toString(),
            "-o",
            dir.resolve("w.ini").toString(),
            "--today",
            TODAY);
    Cli same =
        Cli.run(
            "emit",
            "notesini",
            windowsPlan.toString(),
            "--charset",
            "WINDOWS-1252",
            "-o",
            dir.resolve("same.ini").toString(),
            "--today",
            TODAY);
    Cli other =
        Cli.run("emit", "notesini", windowsPlan.toString(), "--charset", "UTF-8", "--today", TODAY);

    assertThat(ascii.exitCode).isEqualTo(ExitCode.FINDINGS);
    assertThat(ascii.err)
        .contains("COEX-DOM-041")
        .contains("domino.ndrTexts.54")
        .contains("U+00FC, which US-ASCII cannot hold");
    assertThat(fromThePlan.exitCode).as(fromThePlan.toString()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("w.ini")))
        .endsWith(
            "BTNDR54=Verschl\u00fcsselte Mail geht nicht an Outlook.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThat(same.exitCode).as(same.toString()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("same.ini")))
        .isEqualTo(Files.readAllBytes(dir.resolve("w.ini")));
    assertThat(other.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(other.out).isEmpty();
    assertThat(other.err)
        .isEqualTo(
            "coexist: "
                + windowsPlan
                + ": domino.notesIniCharset: the plan's notes.ini charset is windows-1252, but"
                + " UTF-8 was asked for: set domino.notesIniCharset to UTF-8, so that validation"
                + " checks the values against it\n");
  }

  @Test
  void anUnknownCharsetOrLineBreakIsAUsageError() {
    Cli charset = Cli.run("emit", "notesini", plan.toString(), "--charset", "no-such-charset");
    Cli utf16 =
        Cli.run("emit", "notesini", plan.toString(), "--charset", "UTF-16", "--today", TODAY);
    Cli lineBreak = Cli.run("emit", "notesini", plan.toString(), "--line-break", "cr");

    assertThat(charset.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(charset.err).contains("unknown charset");
    assertThat(utf16.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(utf16.err)
        .isEqualTo(
            "coexist: --charset: charset UTF-16 is not ASCII-compatible: notes.ini needs '=', CR"
                + " and LF as single ASCII bytes\n");
    assertThat(lineBreak.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(lineBreak.err).contains("expected crlf or lf");
  }

  @Test
  void anInvalidPlanWritesNothingAndExitsWithFindings() throws Exception {
    CoexistencePlan base = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    Path invalid =
        writePlan(
            "invalid.yaml",
            CoexistencePlan.builder().from(base).domino(DominoSettings.builder().build()).build());

    Cli run = Cli.run("emit", "notesini", invalid.toString(), "--today", TODAY);

    assertThat(run.exitCode).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("COEX-DOM-001").contains("nothing written");
  }
}
