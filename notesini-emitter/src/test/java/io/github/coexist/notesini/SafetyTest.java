package io.github.coexist.notesini;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Refusals name the key; hostile text that is harmless in notes.ini comes out as inert data. */
class SafetyTest {
  private static final NotesIniFormat WINDOWS_1252 =
      NotesIniFormat.of(Charset.forName("windows-1252"), LineBreak.CRLF);

  private static NotesIniChanges emit(DominoSettings domino) {
    return NotesIniEmitter.standard().emit(Judge.unchecked(ScenarioPlans.withDomino(domino)));
  }

  private static DominoSettings domain(String foreignDomain) {
    return DominoSettings.builder().foreignDomain(foreignDomain).build();
  }

  @Test
  void aValueThatWouldInjectALineIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> emit(domain("Exchange\nServerTasks=Evil")))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage(
            "BTEXCHANGEDOMAIN (domino.foreignDomain): value must not contain a line break"
                + " (U+000A): it would start a new notes.ini line");
  }

  @ParameterizedTest
  @CsvSource({
    "13,   'value must not contain a line break (U+000D): it would start a new notes.ini line'",
    "133,  'value must not contain a line break (U+0085): it would start a new notes.ini line'",
    "8232, 'value must not contain a line break (U+2028): it would start a new notes.ini line'",
    "0,    'value must not contain NUL (U+0000): Domino reads values as C strings'",
    "9,    'value must not contain the control character U+0009'",
    "27,   'value must not contain the control character U+001B'",
    "127,  'value must not contain the control character U+007F'",
    "8207, 'value must not contain the invisible character U+200F'",
    "65279,'value must not contain the invisible character U+FEFF'",
    "55296,'value must not contain a lone surrogate U+D800'",
  })
  void characterThatHasNoPlaceInAValueIsRefused(int codePoint, String reason) {
    String value = "Ex" + (char) codePoint + "change";

    assertThatThrownBy(() -> IniSetting.of("BTEXCHANGEDOMAIN", value))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage("BTEXCHANGEDOMAIN: " + reason);
  }

  @Test
  void emptyValuesAndSurroundingSpacesAreRefused() {
    assertThatThrownBy(() -> IniSetting.of("BTDELAY", ""))
        .hasMessage(
            "BTDELAY: value must not be empty (leave the setting out of the plan to keep the"
                + " file's value)");
    assertThatThrownBy(() -> IniSetting.of("BTDELAY", " 5"))
        .hasMessage("BTDELAY: value must not start or end with a space");
    assertThatThrownBy(() -> IniSetting.of("BTDELAY", "5 "))
        .hasMessage("BTDELAY: value must not start or end with a space");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BT NDR", "BT-NDR", "BTNDR=1", "BT.NDR", "", "BT\u00c9", "BT\u0130"})
  void keysWithOtherCharactersAreRefused(String key) {
    assertThatThrownBy(() -> IniSetting.of(key, "x"))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage(
            Escapes.quote(key)
                + ": not a notes.ini key (only ASCII letters, digits, '_' and '$' are allowed)");
  }

  @Test
  void aBadKeyIsShownEscaped() {
    assertThatThrownBy(() -> IniSetting.of("A\nB", "x"))
        .hasMessage(
            "\"A\\u000AB\": not a notes.ini key (only ASCII letters, digits, '_' and '$' are"
                + " allowed)");
  }

  @Test
  void keysWithLettersDigitsUnderscoreAndDollarAreAccepted() {
    assertThat(IniSetting.of("$BT_Key2", "x").key()).isEqualTo("$BT_Key2");
  }

  @Test
  void twoHundredFiftyFiveBytesFitAndOneMoreIsRefused() {
    String fits = "a".repeat(255);
    NotesIniChanges ok = emit(DominoSettings.builder().putNdrText(54, fits).build());
    assertThat(ok.bytes()).isEqualTo(("BTNDR54=" + fits + "\n").getBytes(UTF_8));

    assertThatThrownBy(() -> emit(DominoSettings.builder().putNdrText(54, fits + "a").build()))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage(
            "BTNDR54 (domino.ndrTexts.54): value is 256 bytes; Domino reads at most 255"
                + " (MAXENVVALUE 256)");
  }

  @Test
  void theLimitCountsTheLargerOfLmbcsAndTheFilesBytes() {
    // ü is in code page 850 (LMBCS group 1): one LMBCS byte, one windows-1252 byte, two in UTF-8.
    IniSetting umlauts = IniSetting.of("BTNDR54", "\u00fc".repeat(255));
    NotesIniFormat utf8 = NotesIniFormat.of(StandardCharsets.UTF_8, LineBreak.LF);
    assertThat(NotesIniChanges.of(WINDOWS_1252, List.of(umlauts)).bytes())
        .hasSize("BTNDR54=".length() + 255 + 2);
    assertThatThrownBy(() -> NotesIniChanges.of(utf8, List.of(umlauts)))
        .hasMessage(
            "BTNDR54: value is up to 510 bytes (in LMBCS or in UTF-8); Domino reads at most 255"
                + " (MAXENVVALUE 256)");
    // Ω is not in code page 850: up to three LMBCS bytes each, 258 for 86, though UTF-8 needs 172.
    IniSetting omegas = IniSetting.of("BTNDR54", "\u03a9".repeat(86));
    assertThatThrownBy(() -> NotesIniChanges.of(utf8, List.of(omegas)))
        .hasMessage(
            "BTNDR54: value is up to 258 bytes (in LMBCS or in UTF-8); Domino reads at most 255"
                + " (MAXENVVALUE 256)");
  }

  @Test
  void nonAsciiIsRefusedByTheDefaultCharsetNamingTheKey() {
    assertThatThrownBy(
            () -> emit(DominoSettings.builder().putNdrText(54, "Verschl\u00fcsselt").build()))
        .hasMessage(
            "BTNDR54 (domino.ndrTexts.54): value has U+00FC, which US-ASCII cannot hold (choose"
                + " the charset of the server's notes.ini)");
  }

  @Test
  void aChosenCharsetWritesWhatItCanHoldAndRefusesTheRest() {
    NotesIniChanges german =
        NotesIniChanges.of(WINDOWS_1252, List.of(IniSetting.of("BTNDR54", "f\u00fcr 5 \u20ac")));
    assertThat(german.bytes())
        .isEqualTo(
            new byte[] {
              'B',
              'T',
              'N',
              'D',
              'R',
              '5',
              '4',
              '=',
              'f',
              (byte) 0xFC,
              'r',
              ' ',
              '5',
              ' ',
              (byte) 0x80,
              '\r',
              '\n'
            });

    assertThatThrownBy(
            () -> NotesIniChanges.of(WINDOWS_1252, List.of(IniSetting.of("BTNDR54", "\u03a9"))))
        .hasMessage(
            "BTNDR54: value has U+03A9, which windows-1252 cannot hold (choose the charset of the"
                + " server's notes.ini)");
  }

  @Test
  void onlyAsciiCompatibleCharsetsAreAccepted() {
    assertThatThrownBy(() -> NotesIniFormat.of(StandardCharsets.UTF_16, LineBreak.LF))
        .hasMessage(
            "charset UTF-16 is not ASCII-compatible: notes.ini needs '=', CR and LF as single"
                + " ASCII bytes");
    assertThatThrownBy(() -> NotesIniFormat.of(StandardCharsets.US_ASCII, LineBreak.NONE))
        .hasMessage("lineBreak must be CRLF or LF");
  }

  @Test
  void quotesBackticksAndDollarsAreInertDataInNotesIni() {
    String hostile = "\u2018a\u2019 \u201ab\u201b \u201cc\u201d \u201ed\u201d `e` $(f) 'g' \"h\"";
    NotesIniFormat utf8 = NotesIniFormat.of(StandardCharsets.UTF_8, LineBreak.LF);

    byte[] fragment = NotesIniChanges.of(utf8, List.of(IniSetting.of("BTNDR54", hostile))).bytes();

    assertThat(new String(fragment, UTF_8)).isEqualTo("BTNDR54=" + hostile + "\n");
    NotesIniDocument read = NotesIniDocument.parse(fragment);
    assertThat(read.lines()).hasSize(1);
    assertThat(new String(read.first("BTNDR54").orElseThrow().value().orElseThrow(), UTF_8))
        .isEqualTo(hostile);
  }

  @Test
  void aDoubleQuoteCannotGoIntoAConsoleCommand() {
    NotesIniChanges changes = emit(DominoSettings.builder().putNdrText(54, "say \"no\"").build());

    assertThat(changes.bytes()).isEqualTo("BTNDR54=say \"no\"\n".getBytes(UTF_8));
    ValidatedPlan plan =
        Judge.unchecked(
            ScenarioPlans.withDomino(
                DominoSettings.builder().putNdrText(54, "say \"no\"").build()));
    assertThatThrownBy(() -> ConsoleCommandsEmitter.standard().emit(plan))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage(
            "BTNDR54 (domino.ndrTexts.54): a console command cannot carry '\"' (how the Domino"
                + " console treats quotes is not documented); merge the value into notes.ini"
                + " instead");
  }

  @Test
  void aLicensePathThatWouldInjectACommandIsRefused() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(ScenarioPlans.full())
            .license(ScenarioPlans.license(LicenseType.STANDARD_ZAPP, "C:\\btcal.lic\nload evil"))
            .build();

    assertThatThrownBy(() -> NotesIniEmitter.standard().emit(Judge.unchecked(plan)))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage(
            "license.serverPath: path must not contain a line break (U+000A): it would start a new"
                + " console command");
  }

  @Test
  void aLicensePathWithAQuoteIsRefused() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(ScenarioPlans.full())
            .license(
                ScenarioPlans.license(LicenseType.STANDARD_ZAPP, "/local/notesdata/\"btcal\".lic"))
            .build();

    assertThatThrownBy(() -> NotesIniEmitter.standard().emit(Judge.unchecked(plan)))
        .hasMessage(
            "license.serverPath: path must not contain '\"' (how the Domino console treats quotes"
                + " is not documented)");
  }

  @Test
  void serverTasksIsNotGrownBeyondWhatDominoReads() {
    String tasks = "Router," + "T".repeat(243); // 250 bytes; with ",BTCal" 256
    NotesIniDocument ini =
        NotesIniDocument.parse(("ServerTasks=" + tasks + "\n").getBytes(ISO_8859_1));
    NotesIniChanges changes = NotesIniChanges.of(NotesIniFormat.standard(), List.of());

    assertThatThrownBy(() -> changes.mergeInto(ini))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage("ServerTasks: value is 256 bytes; Domino reads at most 255 (MAXENVVALUE 256)");

    String shorter = "Router," + "T".repeat(242);
    NotesIniDocument fits =
        NotesIniDocument.parse(("ServerTasks=" + shorter + "\n").getBytes(ISO_8859_1));
    assertThat(changes.mergeInto(fits).bytes())
        .isEqualTo(("ServerTasks=" + shorter + ",BTCal\n").getBytes(ISO_8859_1));
  }

  @Test
  void aSettingGivenTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                NotesIniChanges.of(
                    NotesIniFormat.standard(),
                    List.of(IniSetting.of("BTDELAY", "5"), IniSetting.of("btdelay", "6"))))
        .hasMessage("setting btdelay is given twice");
  }
}
