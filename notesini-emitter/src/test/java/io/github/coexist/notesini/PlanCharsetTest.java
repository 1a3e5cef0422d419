package io.github.coexist.notesini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.NotesIniCharset;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The notes.ini charset is a plan fact ({@code domino.notesIniCharset}): the emitter writes in it,
 * and an emitter made for another charset refuses the plan, naming both.
 */
class PlanCharsetTest {
  private static final NotesIniFormat WINDOWS_1252 =
      NotesIniFormat.of(Charset.forName("windows-1252"), LineBreak.CRLF);

  @Test
  void theStandardEmitterWritesInThePlansCharset() {
    CoexistencePlan german = ScenarioPlans.fullGerman();

    NotesIniChanges changes =
        NotesIniEmitter.builder().lineBreak(LineBreak.CRLF).build().emit(Judge.validate(german));

    assertThat(changes.format()).isEqualTo(WINDOWS_1252);
    assertThat(changes.bytes())
        .isEqualTo(
            NotesIniEmitter.builder()
                .format(WINDOWS_1252)
                .build()
                .emit(Judge.validate(german))
                .bytes());
    assertThat(NotesIniEmitter.standard().emit(Judge.validate(german)).format().charset())
        .isEqualTo(Charset.forName("windows-1252"));
  }

  @Test
  void withoutTheFactThePlanIsUsAscii() {
    NotesIniChanges changes = NotesIniEmitter.standard().emit(Judge.validate(ScenarioPlans.full()));

    assertThat(changes.format()).isEqualTo(NotesIniFormat.standard());
  }

  @Test
  void anEmitterForAnotherCharsetRefusesThePlanNamingBoth() {
    assertThatThrownBy(
            () ->
                NotesIniEmitter.builder()
                    .format(WINDOWS_1252)
                    .build()
                    .emit(Judge.validate(ScenarioPlans.full())))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage(
            "domino.notesIniCharset: the plan's notes.ini charset is US-ASCII (the default), but"
                + " windows-1252 was asked for: set domino.notesIniCharset to windows-1252, so that"
                + " validation checks the values against it");

    CoexistencePlan utf8 =
        ScenarioPlans.withDomino(
            DominoSettings.builder()
                .foreignDomain("Exchange")
                .foreignDomainMailbox("btexchange.box")
                .notesIniCharset(NotesIniCharset.UTF_8)
                .build());
    assertThatThrownBy(
            () ->
                NotesIniEmitter.builder()
                    .format(NotesIniFormat.of(Charset.forName("IBM437"), LineBreak.LF))
                    .build()
                    .emit(Judge.unchecked(utf8)))
        .hasMessage(
            "domino.notesIniCharset: the plan's notes.ini charset is UTF-8, but IBM437 was asked"
                + " for: set domino.notesIniCharset to the server's charset (one of US-ASCII,"
                + " ISO-8859-1, ISO-8859-15, windows-1250, windows-1251, windows-1252, UTF-8), so"
                + " that validation checks the values against it");
  }

  @Test
  void anEmitterForThePlansCharsetWritesIt() {
    CoexistencePlan utf8 =
        ScenarioPlans.withDomino(
            DominoSettings.builder()
                .foreignDomain("Z\u00fcrich")
                .foreignDomainMailbox("btexchange.box")
                .notesIniCharset(NotesIniCharset.UTF_8)
                .build());

    NotesIniChanges changes =
        NotesIniEmitter.builder()
            .format(NotesIniFormat.of(StandardCharsets.UTF_8, LineBreak.LF))
            .build()
            .emit(Judge.unchecked(utf8));

    assertThat(new String(changes.bytes(), StandardCharsets.UTF_8))
        .isEqualTo("BTEXCHANGEDOMAIN=Z\u00fcrich\nBTEXCHANGEDB=btexchange.box\n");
  }

  @Test
  void aLicensePathTheCharsetLacksIsRefusedNotReplaced() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(ScenarioPlans.full())
            .license(ScenarioPlans.license(LicenseType.STANDARD_ZAPP, "C:\\D\u00e9mo\\btcal.lic"))
            .build();

    assertThatThrownBy(() -> NotesIniEmitter.standard().emit(Judge.unchecked(plan)))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage(
            "license.serverPath: value has U+00E9, which US-ASCII cannot hold (choose the charset"
                + " of the server's notes.ini)");
  }
}
