package io.github.coexist.notesini;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotesIniDocumentTest {
  private static NotesIniDocument parse(String latin1) {
    return NotesIniDocument.parse(latin1.getBytes(ISO_8859_1));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, ISO_8859_1);
  }

  @Test
  void splitsAtLfAndKeepsEachLineBreak() {
    NotesIniDocument ini = parse("[Notes]\r\nA=1\nB=2");

    assertThat(ini.lines())
        .extracting(IniLine::lineBreak)
        .containsExactly(LineBreak.CRLF, LineBreak.LF, LineBreak.NONE);
    assertThat(ini.lines())
        .extracting(l -> text(l.content()))
        .containsExactly("[Notes]", "A=1", "B=2");
    assertThat(ini.endsWithLineBreak()).isFalse();
  }

  @Test
  void emptyInputHasNoLines() {
    NotesIniDocument ini = NotesIniDocument.parse(new byte[0]);

    assertThat(ini.lines()).isEmpty();
    assertThat(ini.toBytes()).isEmpty();
    assertThat(ini.endsWithLineBreak()).isTrue();
    assertThat(ini.lineBreakStyle()).isEmpty();
  }

  @Test
  void loneCrIsPartOfTheLine() {
    NotesIniDocument ini = parse("A=1\rB=2\n\r\r\n");

    assertThat(ini.lines()).hasSize(2);
    assertThat(text(ini.lines().get(0).value().orElseThrow())).isEqualTo("1\rB=2");
    assertThat(ini.lines().get(1).content()).containsExactly('\r');
    assertThat(ini.lines().get(1).lineBreak()).isEqualTo(LineBreak.CRLF);
    assertThat(ini.first("B")).isEmpty();
  }

  @Test
  void theFirstEqualsSignSeparatesKeyAndValue() {
    IniLine line = parse("Admin=CN=CI-Admin Password Openntf/O=CI-DUMMY\n").lines().get(0);

    assertThat(line.key()).contains("Admin");
    assertThat(text(line.value().orElseThrow()))
        .isEqualTo("CN=CI-Admin Password Openntf/O=CI-DUMMY");
  }

  @Test
  void classifiesLinesWithoutChangingThem() {
    NotesIniDocument ini =
        parse("; c=1\n[Notes]\n\n \t\njunk\n=novalue\nKey With Spaces=1\n$$Dollars=2\n");

    assertThat(ini.lines())
        .extracting(IniLine::kind)
        .containsExactly(
            IniLine.Kind.COMMENT,
            IniLine.Kind.SECTION,
            IniLine.Kind.BLANK,
            IniLine.Kind.BLANK,
            IniLine.Kind.OTHER,
            IniLine.Kind.OTHER,
            IniLine.Kind.ENTRY,
            IniLine.Kind.ENTRY);
    assertThat(ini.lines().get(0).key()).isEmpty();
    assertThat(ini.lines().get(6).key()).contains("Key With Spaces");
    assertThat(ini.lines().get(7).key()).contains("$$Dollars");
  }

  @Test
  void keysMatchIgnoringAsciiCaseOnly() {
    NotesIniDocument ini = parse("servertasks=Router\nCl\u00e9=1\n");

    assertThat(ini.indexOf("ServerTasks")).hasValue(0);
    assertThat(ini.indexOf("SERVERTASKS")).hasValue(0);
    // 0xE9 and 0xC9 are é and É in Latin-1, but notes.ini has no charset: only ASCII folds.
    assertThat(ini.indexOf("CL\u00c9")).isEmpty();
    assertThat(ini.indexOf("CL\u00e9")).hasValue(1);
  }

  @Test
  void keyMatchingIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      // In Turkish, "I".toLowerCase() is a dotless ı: a locale-sensitive match would miss.
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      NotesIniDocument ini = parse("btidvault=1\n");

      assertThat(ini.indexOf("BTIDVAULT")).hasValue(0);
      assertThat(
              NotesIniDocument.parse("BTIDVAULT=1\nbtidvault=0\n".getBytes(ISO_8859_1)).findings())
          .hasSize(1);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void spacesAroundAKeyArePartOfIt() {
    NotesIniDocument ini = parse("BTEXCHANGEDOMAIN =Exchange\n  ServerTasks=Router\n");

    assertThat(ini.lines().get(0).key()).contains("BTEXCHANGEDOMAIN ");
    assertThat(ini.indexOf("BTEXCHANGEDOMAIN")).isEmpty();
    assertThat(ini.indexOf("ServerTasks")).isEmpty();
  }

  @Test
  void reportsEachRepeatedKeyAndFindsTheFirst() {
    NotesIniDocument ini =
        parse("[Notes]\nServerTasks=Router\nA=1\nSERVERTASKS=HTTP\nservertasks=X\n");

    assertThat(ini.findings())
        .extracting(IniFinding::toString)
        .containsExactly(
            "notes.ini:4: warning: duplicate key \"SERVERTASKS\" (first at line 2, which is the one"
                + " read and updated)",
            "notes.ini:5: warning: duplicate key \"servertasks\" (first at line 2, which is the one"
                + " read and updated)");
    assertThat(text(ini.first("ServerTasks").orElseThrow().value().orElseThrow()))
        .isEqualTo("Router");
  }

  @Test
  void theMostCommonLineBreakIsTheStyleAndTiesGoToTheFirst() {
    assertThat(parse("a\r\nb\nc\n").lineBreakStyle()).contains(LineBreak.LF);
    assertThat(parse("a\r\nb\r\nc\n").lineBreakStyle()).contains(LineBreak.CRLF);
    assertThat(parse("a\nb\r\n").lineBreakStyle()).contains(LineBreak.LF);
    assertThat(parse("a\r\nb\n").lineBreakStyle()).contains(LineBreak.CRLF);
    assertThat(parse("no break").lineBreakStyle()).isEmpty();
  }

  @Test
  void linesThatWouldNotReadBackAreRefused() {
    assertThatThrownBy(() -> IniLine.of("a\nb".getBytes(ISO_8859_1), LineBreak.LF))
        .hasMessage("a line's content must not contain LF");
    assertThatThrownBy(() -> IniLine.of("a\r".getBytes(ISO_8859_1), LineBreak.LF))
        .hasMessage("content ending in CR needs the CRLF line break");
    IniLine open = IniLine.of("a".getBytes(ISO_8859_1), LineBreak.NONE);
    IniLine closed = IniLine.of("b".getBytes(ISO_8859_1), LineBreak.LF);
    assertThatThrownBy(() -> NotesIniDocument.of(List.of(open, closed)))
        .hasMessage("line 1 has no line break but is not last");
    assertThat(NotesIniDocument.of(List.of(closed, open)).toBytes())
        .isEqualTo("b\na".getBytes(ISO_8859_1));
  }

  @Test
  void aLastLineEndingInCrGetsTheLfThatMakesItCrlf() {
    NotesIniDocument ini = parse("[Notes]\nDomain=ACME\r");
    NotesIniChanges nothing = NotesIniChanges.of(NotesIniFormat.standard(), List.of());

    MergeResult merged = nothing.mergeInto(ini);

    assertThat(merged.bytes()).isEqualTo("[Notes]\nDomain=ACME\r\n".getBytes(ISO_8859_1));
    assertThat(merged.document()).isEqualTo(NotesIniDocument.parse(merged.bytes()));
    assertThat(merged.finalLineBreakAdded()).contains(LineBreak.LF);
  }

  @Test
  void theDocumentOwnsItsBytes() {
    byte[] input = "A=1\nB=2\n".getBytes(ISO_8859_1);
    NotesIniDocument ini = NotesIniDocument.parse(input);

    input[2] = '9';
    byte[] out = ini.toBytes();
    out[6] = '9';

    assertThat(text(ini.toBytes())).isEqualTo("A=1\nB=2\n");
    assertThat(ini.first("B").orElseThrow().content()).isEqualTo("B=2".getBytes(ISO_8859_1));
  }

  @Test
  void writeToWritesTheBytes() throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    parse("[Notes]\r\nA=1").writeTo(out);

    assertThat(text(out.toByteArray())).isEqualTo("[Notes]\r\nA=1");
  }

  @Test
  void documentsAreEqualWhenTheirLinesAre() {
    IniLine a = IniLine.of("a".getBytes(ISO_8859_1), LineBreak.LF);
    IniLine nothing = IniLine.of(new byte[0], LineBreak.NONE);

    assertThat(NotesIniDocument.of(List.of(a))).isEqualTo(parse("a\n"));
    assertThat(NotesIniDocument.of(List.of(a)).hashCode()).isEqualTo(parse("a\n").hashCode());
    assertThat(NotesIniDocument.of(List.of(a)).lines()).isEqualTo(parse("a\n").lines());
    // The same bytes, but one more (empty) line.
    assertThat(NotesIniDocument.of(List.of(a, nothing))).isNotEqualTo(parse("a\n"));
    assertThat(NotesIniDocument.of(List.of(a, nothing)).lines()).hasSize(2);
    assertThat(parse("a\n")).isNotEqualTo(parse("b\n")).isNotEqualTo("a\n");
    assertThat(NotesIniDocument.empty()).isEqualTo(NotesIniDocument.parse(new byte[0]));
  }

  @Test
  void toStringGivesTheLineCountAndTheStyle() {
    assertThat(parse("a\r\nb\n")).hasToString("NotesIniDocument[2 lines, CRLF]");
    assertThat(NotesIniDocument.empty()).hasToString("NotesIniDocument[0 lines, no line break]");
  }

  @Test
  void anEditCannotLeaveALineWithoutBreakBeforeAnother() {
    NotesIniDocument ini = parse("A=1\nB=2\n");
    IniLine open = IniLine.of("A=2".getBytes(ISO_8859_1), LineBreak.NONE);
    IniLine closed = IniLine.of("C=3".getBytes(ISO_8859_1), LineBreak.LF);

    assertThatThrownBy(
            () -> ini.replacing(new java.util.TreeMap<>(java.util.Map.of(0, open)), List.of()))
        .hasMessage("line 1 has no line break but is not last");
    assertThatThrownBy(() -> ini.render(new java.util.TreeMap<>(), List.of(open, closed)))
        .hasMessage("line 3 has no line break but is not last");
    assertThat(
            text(ini.render(new java.util.TreeMap<>(java.util.Map.of(1, closed)), List.of(open))))
        .isEqualTo("A=1\nC=3\nA=2");
  }

  @Test
  void aMergeResultHandsOutAFreshCopyEachTime() {
    NotesIniChanges changes =
        NotesIniChanges.of(NotesIniFormat.standard(), List.of(IniSetting.of("BTDELAY", "5")));
    MergeResult merged = changes.mergeInto(parse("ServerTasks=Router\nBTDELAY=1\nX=2"));

    byte[] first = merged.bytes();
    first[0] = 'x';

    assertThat(text(merged.bytes())).isEqualTo("ServerTasks=Router,BTCal\nBTDELAY=5\nX=2\n");
    assertThat(merged.document()).isSameAs(merged.document());
    assertThat(merged.document().toBytes()).isEqualTo(merged.bytes());
  }
}
