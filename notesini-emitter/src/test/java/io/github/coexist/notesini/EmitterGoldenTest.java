package io.github.coexist.notesini;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.LicenseFacts;
import java.nio.charset.Charset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fragment and the console commands, byte for byte, for the plans users start from. */
class EmitterGoldenTest {
  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("exchange-online", TestPlans.recommended(Environment.EXCHANGE_ONLINE)),
        Arguments.of("exchange-server", TestPlans.recommended(Environment.EXCHANGE_SERVER)),
        Arguments.of("full", TestPlans.full()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void fragment(String name, CoexistencePlan plan) {
    NotesIniChanges changes = NotesIniEmitter.standard().emit(TestPlans.valid(plan));

    Golden.assertMatches("golden/fragment-" + name + ".ini", changes.fragment());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void consoleCommands(String name, CoexistencePlan plan) {
    NotesIniChanges changes = NotesIniEmitter.standard().emit(TestPlans.valid(plan));

    Golden.assertMatches("golden/console-" + name + ".txt", changes.consoleCommands().toBytes());
  }

  @Test
  void theFragmentInACharsetAndLineBreakOfTheServer() {
    NotesIniFormat windows = NotesIniFormat.of(Charset.forName("windows-1252"), LineBreak.CRLF);
    NotesIniChanges changes =
        NotesIniEmitter.using(windows).emit(TestPlans.valid(TestPlans.fullGerman()));

    Golden.assertMatches("golden/fragment-full-german-windows-1252.ini", changes.fragment());
  }

  @Test
  void theRecommendedPlansWriteTheRoutingKeysOnly() {
    NotesIniChanges changes =
        NotesIniEmitter.standard()
            .emit(TestPlans.valid(TestPlans.recommended(Environment.EXCHANGE_ONLINE)));

    assertThat(changes.settings())
        .extracting(IniSetting::key)
        .containsExactly("BTEXCHANGEDOMAIN", "BTEXCHANGEDB");
    assertThat(changes.findings()).isEmpty();
    assertThat(changes.licensePath()).isEmpty();
  }

  @Test
  void theFullPlansFindingsAreTheUndocumentedFlagValues() {
    NotesIniChanges changes = NotesIniEmitter.standard().emit(TestPlans.valid(TestPlans.full()));

    assertThat(changes.findings())
        .extracting(IniFinding::kind)
        .containsExactly(IniFinding.Kind.UNVERIFIED_VALUE, IniFinding.Kind.UNVERIFIED_VALUE);
  }

  @Test
  void aLicenseWithoutAPathGivesNoInstallCommandButAFinding() {
    LicenseFacts noPath =
        LicenseFacts.builder()
            .from(TestPlans.license("x"))
            .serverPath(java.util.Optional.empty())
            .build();
    CoexistencePlan plan = CoexistencePlan.builder().from(TestPlans.full()).license(noPath).build();

    NotesIniChanges changes = NotesIniEmitter.standard().emit(TestPlans.valid(plan));

    assertThat(changes.consoleCommands().commands()).last().isEqualTo("load BTCal");
    assertThat(changes.findings())
        .extracting(IniFinding::message)
        .contains(
            "the license has no serverPath: copy the file to the server and run 'tell btcal"
                + " install license <full path>' there");
  }

  @Test
  void aLicensePathWithSpacesIsWrittenWithAWarning() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(TestPlans.full())
            .license(TestPlans.license("C:\\Program Files\\HCL\\Domino\\Data\\btcal.lic"))
            .build();

    NotesIniChanges changes = NotesIniEmitter.standard().emit(TestPlans.valid(plan));

    assertThat(changes.consoleCommands().commands())
        .last()
        .isEqualTo("tell btcal install license C:\\Program Files\\HCL\\Domino\\Data\\btcal.lic");
    assertThat(changes.findings())
        .extracting(IniFinding::toString)
        .contains(
            "notes.ini: warning: license.serverPath has spaces; whether 'tell btcal install"
                + " license' accepts them is not documented: a path without spaces is safer");
  }

  @Test
  void emittingTwiceGivesEqualBytes() {
    CoexistencePlan plan = TestPlans.full();

    assertThat(NotesIniEmitter.standard().emit(TestPlans.valid(plan)).fragment())
        .isEqualTo(NotesIniEmitter.standard().emit(TestPlans.valid(plan)).fragment());
  }
}
