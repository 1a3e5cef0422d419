package io.github.coexist.notesini;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.emit.Artifact;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fragment and the console commands, byte for byte, for the plans users start from. */
class EmitterGoldenTest {
  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("exchange-online", ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE)),
        Arguments.of("exchange-server", ScenarioPlans.recommended(Environment.EXCHANGE_SERVER)),
        Arguments.of("full", ScenarioPlans.full()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void fragment(String name, CoexistencePlan plan) throws IOException {
    NotesIniChanges changes = NotesIniEmitter.standard().emit(Judge.validate(plan));

    Golden.assertResource("golden/fragment-" + name + ".ini", bytesOf(changes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void consoleCommands(String name, CoexistencePlan plan) throws IOException {
    ConsoleCommands commands = ConsoleCommandsEmitter.standard().emit(Judge.validate(plan));

    Golden.assertResource("golden/console-" + name + ".txt", bytesOf(commands));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void theFragmentsBytesAreItsTextInTheCharset(String name, CoexistencePlan plan)
      throws IOException {
    NotesIniChanges changes = NotesIniEmitter.standard().emit(Judge.validate(plan));

    assertThat(bytesOf(changes)).isEqualTo(changes.text().getBytes(changes.charset()));
  }

  private static byte[] bytesOf(Artifact artifact) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    artifact.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void theFragmentInACharsetAndLineBreakOfTheServer() throws IOException {
    NotesIniFormat windows = NotesIniFormat.of(Charset.forName("windows-1252"), LineBreak.CRLF);
    NotesIniChanges changes =
        NotesIniEmitter.builder()
            .format(windows)
            .build()
            .emit(Judge.validate(ScenarioPlans.fullGerman()));

    Golden.assertResource("golden/fragment-full-german-windows-1252.ini", bytesOf(changes));
  }

  @Test
  void theRecommendedPlansWriteTheRoutingKeysOnly() {
    NotesIniChanges changes =
        NotesIniEmitter.standard()
            .emit(Judge.validate(ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE)));

    assertThat(changes.settings())
        .extracting(IniSetting::key)
        .containsExactly("BTEXCHANGEDOMAIN", "BTEXCHANGEDB");
    assertThat(changes.findings()).isEmpty();
    assertThat(changes.licensePath()).isEmpty();
  }

  @Test
  void theFullPlansFindingsAreTheUndocumentedFlagValues() {
    NotesIniChanges changes = NotesIniEmitter.standard().emit(Judge.validate(ScenarioPlans.full()));

    assertThat(changes.findings())
        .extracting(IniFinding::kind)
        .containsExactly(IniFinding.Kind.UNVERIFIED_VALUE, IniFinding.Kind.UNVERIFIED_VALUE);
  }

  @Test
  void aLicenseWithoutAPathGivesNoInstallCommandButAFinding() {
    LicenseFacts noPath =
        LicenseFacts.builder()
            .from(ScenarioPlans.license(LicenseType.STANDARD_ZAPP, "x"))
            .serverPath(java.util.Optional.empty())
            .build();
    CoexistencePlan plan =
        CoexistencePlan.builder().from(ScenarioPlans.full()).license(noPath).build();

    ConsoleCommands commands = ConsoleCommandsEmitter.standard().emit(Judge.validate(plan));

    assertThat(commands.commands()).last().isEqualTo("load BTCal");
    assertThat(commands.findings())
        .extracting(IniFinding::message)
        .contains(
            "the license has no serverPath: copy the file to the server and run 'tell btcal"
                + " install license <full path>' there");
  }

  @Test
  void theLicenseIsInstalledOnceBtcalRunsWithItsProcessDomainSet() {
    List<String> commands =
        ConsoleCommandsEmitter.standard().emit(Judge.validate(ScenarioPlans.full())).commands();
    int processDomain = commands.indexOf("set config BTPROCESSDOMAIN=ACME");
    int load = commands.indexOf("load BTCal");
    assertThat(processDomain).isNotNegative().isLessThan(load);
    assertThat(commands.subList(load, commands.size()))
        .containsExactly(
            "load BTCal", "show tasks", "tell btcal install license C:\\Domino\\Data\\btcal.lic");
  }

  @Test
  void whereBtcalMayRunItIsRestartedNotLoadedAgain() {
    ValidatedPlan valid = Judge.validate(ScenarioPlans.full());
    ConsoleCommandsEmitter restart =
        ConsoleCommandsEmitter.builder().start(ConsoleCommands.Start.RESTART).build();

    List<String> commands = restart.emit(valid).commands();
    assertThat(commands).doesNotContain("load BTCal").contains("tell BTCal restart");
    assertThat(commands.indexOf("tell BTCal restart"))
        .isGreaterThan(commands.indexOf("set config BTPROCESSDOMAIN=ACME"))
        .isLessThan(commands.indexOf("show tasks"));
    assertThat(ConsoleCommandsEmitter.standard().emit(valid).commands()).contains("load BTCal");
    assertThat(restart.start()).isEqualTo(ConsoleCommands.Start.RESTART);
    assertThat(ConsoleCommandsEmitter.standard().start()).isEqualTo(ConsoleCommands.Start.LOAD);
  }

  @Test
  void btprocessdomainComesFromTheLicenseWhenTheDominoSettingsLackIt() {
    CoexistencePlan full = ScenarioPlans.full();
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(full)
            .domino(
                io.github.coexist.core.model.DominoSettings.builder()
                    .from(full.domino().orElseThrow())
                    .processDomain(java.util.Optional.empty())
                    .build())
            .build();

    // DOM-006 asks for it in the plan; a rule set without it still gets a working console path.
    ValidatedPlan valid =
        io.github.coexist.core.validation.PlanValidator.of(
                io.github.coexist.core.validation.RuleSet.builtIn().without("COEX-DOM-006"))
            .validate(
                plan,
                io.github.coexist.core.validation.ValidationContext.on(
                    java.time.LocalDate.of(2026, 6, 1)))
            .requireValid();
    NotesIniChanges changes = NotesIniEmitter.standard().emit(valid);

    assertThat(changes.settings())
        .filteredOn(s -> s.key().equals("BTPROCESSDOMAIN"))
        .extracting(IniSetting::value)
        .containsExactly(full.license().orElseThrow().processDomain());
    assertThat(ConsoleCommandsEmitter.standard().emit(valid).commands())
        .containsSubsequence("set config BTPROCESSDOMAIN=ACME", "load BTCal", "show tasks");
  }

  @Test
  void aLicensePathWithSpacesIsWrittenWithAWarning() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(ScenarioPlans.full())
            .license(
                ScenarioPlans.license(
                    LicenseType.STANDARD_ZAPP, "C:\\Program Files\\HCL\\Domino\\Data\\btcal.lic"))
            .build();

    ConsoleCommands commands = ConsoleCommandsEmitter.standard().emit(Judge.validate(plan));

    assertThat(commands.commands())
        .last()
        .isEqualTo("tell btcal install license C:\\Program Files\\HCL\\Domino\\Data\\btcal.lic");
    assertThat(commands.findings())
        .extracting(IniFinding::toString)
        .contains(
            "notes.ini: warning: license.serverPath has spaces; whether 'tell btcal install"
                + " license' accepts them is not documented: a path without spaces is safer");
  }

  @Test
  void emittingTwiceGivesEqualBytes() {
    CoexistencePlan plan = ScenarioPlans.full();

    assertThat(NotesIniEmitter.standard().emit(Judge.validate(plan)).bytes())
        .isEqualTo(NotesIniEmitter.standard().emit(Judge.validate(plan)).bytes());
  }
}
