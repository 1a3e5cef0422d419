package io.github.coexist.notesini;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The key index of a document ({@link NotesIniDocument#indexOf}, {@link NotesIniDocument#first},
 * {@link NotesIniDocument#findings}) on the cases a wrong index would get wrong.
 */
class KeyIndexTest {
  private static NotesIniDocument parse(String latin1) {
    return NotesIniDocument.parse(latin1.getBytes(ISO_8859_1));
  }

  private static String value(NotesIniDocument ini, String key) {
    return new String(ini.first(key).orElseThrow().value().orElseThrow(), ISO_8859_1);
  }

  @Test
  void theFirstOfKeysDifferingInCaseIsFoundAndTheOthersReported() {
    NotesIniDocument ini = parse("[Notes]\nbtdelay=1\nBTDELAY=2\nBtDelay=3\nOther=4\n");

    assertThat(ini.indexOf("BTDELAY")).hasValue(1);
    assertThat(ini.indexOf("btdelay")).hasValue(1);
    assertThat(ini.indexOf("bTdElAy")).hasValue(1);
    assertThat(value(ini, "BtDelay")).isEqualTo("1");
    assertThat(ini.findings()).extracting(f -> f.line().orElseThrow()).containsExactly(3, 4);
    assertThat(ini.findings().get(1).message())
        .isEqualTo(
            "duplicate key \"BtDelay\" (first at line 2, which is the one read and updated)");
  }

  @Test
  void keysOnTheFirstAndTheLastLineAreFound() {
    NotesIniDocument terminated = parse("First=1\nMiddle=2\nLast=3\n");
    NotesIniDocument open = parse("First=1\nMiddle=2\nLast=3");

    for (NotesIniDocument ini : List.of(terminated, open)) {
      assertThat(ini.indexOf("first")).hasValue(0);
      assertThat(ini.indexOf("LAST")).hasValue(2);
      assertThat(value(ini, "Last")).isEqualTo("3");
    }
    assertThat(open.first("Last").orElseThrow().lineBreak()).isEqualTo(LineBreak.NONE);
  }

  @Test
  void aSingleLineFileWithoutLineBreakHasItsKey() {
    NotesIniDocument ini = parse("Only=1");

    assertThat(ini.indexOf("ONLY")).hasValue(0);
    assertThat(ini.indexOf("Other")).isEmpty();
  }

  @Test
  void crlfLfAndMixedLineBreaksLeaveKeysAndValuesAlone() {
    NotesIniDocument crlf = parse("A=1\r\nB=2\r\nC=3\r\n");
    NotesIniDocument lf = parse("A=1\nB=2\nC=3\n");
    NotesIniDocument mixed = parse("A=1\r\nB=2\nC=3\r\n");

    for (NotesIniDocument ini : List.of(crlf, lf, mixed)) {
      assertThat(ini.indexOf("b")).hasValue(1);
      assertThat(ini.indexOf("C")).hasValue(2);
      assertThat(value(ini, "C")).isEqualTo("3");
    }
    // A CR before the "=" is part of the key; a lone CR does not end a line.
    NotesIniDocument crInKey = parse("A\r=1\nX=1\rY=2\n");
    assertThat(crInKey.indexOf("A")).isEmpty();
    assertThat(crInKey.indexOf("A\r")).hasValue(0);
    assertThat(crInKey.indexOf("Y")).isEmpty();
    assertThat(value(crInKey, "X")).isEqualTo("1\rY=2");
  }

  @Test
  void linesWithoutAKeyAreNeverFound() {
    NotesIniDocument ini =
        parse("ServerTasks\n=ServerTasks\n;ServerTasks=1\n[ServerTasks=2]\n \t\n\nx=1\n");

    assertThat(ini.indexOf("ServerTasks")).isEmpty();
    assertThat(ini.indexOf(";ServerTasks")).isEmpty();
    assertThat(ini.indexOf("[ServerTasks")).isEmpty();
    assertThat(ini.indexOf("")).isEmpty();
    assertThat(ini.indexOf("x")).hasValue(6);
    assertThat(ini.findings()).isEmpty();
  }

  @Test
  void aKeyThatIsAPrefixOfAnotherIsADifferentKey() {
    NotesIniDocument ini = parse("BTEXCHANGEDB2=a\nBTEXCHANGEDB=b\nBTEXCHANGE=c\nBT=d\n");

    assertThat(ini.indexOf("BTEXCHANGEDB")).hasValue(1);
    assertThat(ini.indexOf("BTEXCHANGEDB2")).hasValue(0);
    assertThat(ini.indexOf("BTEXCHANGE")).hasValue(2);
    assertThat(ini.indexOf("BT")).hasValue(3);
    assertThat(ini.indexOf("B")).isEmpty();
    assertThat(ini.indexOf("BTEXCHANGEDB22")).isEmpty();
    assertThat(ini.findings()).isEmpty();
  }

  @Test
  void keysOfEveryLengthAroundTheEightByteWordsAreFound() {
    StringBuilder file = new StringBuilder();
    for (int length = 1; length <= 25; length++) {
      file.append("k".repeat(length)).append('=').append(length).append('\n');
    }
    // The longest key once more, in upper case, last and without line break.
    file.append("K".repeat(25)).append("=again");
    NotesIniDocument ini = parse(file.toString());

    for (int length = 1; length <= 25; length++) {
      assertThat(ini.indexOf("K".repeat(length))).as("length %d", length).hasValue(length - 1);
    }
    assertThat(ini.indexOf("k".repeat(26))).isEmpty();
    assertThat(ini.findings()).extracting(f -> f.line().orElseThrow()).containsExactly(26);
  }

  @Test
  void theEmptyFileHasNoKeys() {
    for (NotesIniDocument ini :
        List.of(NotesIniDocument.parse(new byte[0]), NotesIniDocument.empty())) {
      assertThat(ini.indexOf("ServerTasks")).isEmpty();
      assertThat(ini.indexOf("")).isEmpty();
      assertThat(ini.first("A")).isEmpty();
      assertThat(ini.findings()).isEmpty();
    }
  }

  @Test
  void onlyAsciiLettersFoldAndNoOtherBytesThatDifferInTheCaseBit() {
    // '@' and '`', '[' and '{', 0xC9 and 0xE9 differ in the same bit as 'A' and 'a': not a case.
    NotesIniDocument ini = parse("K@=1\nK`=2\nK[=3\nK{=4\nCL\u00c9=5\nCL\u00e9=6\n");

    assertThat(ini.indexOf("k@")).hasValue(0);
    assertThat(ini.indexOf("k`")).hasValue(1);
    assertThat(ini.indexOf("K[")).hasValue(2);
    assertThat(ini.indexOf("K{")).hasValue(3);
    assertThat(ini.indexOf("cl\u00c9")).hasValue(4);
    assertThat(ini.indexOf("cl\u00e9")).hasValue(5);
    assertThat(ini.findings()).isEmpty();
  }

  @Test
  void aKeyWithACharNoByteReadsAsIsNotFound() {
    NotesIniDocument ini = parse("A=1\n\u00ff=2\n");

    assertThat(ini.indexOf("\u00ff")).hasValue(1);
    // U+0100 and U+20AC are no single byte; their low bytes must not match 0x00 or 0xAC.
    assertThat(ini.indexOf("\u0100")).isEmpty();
    assertThat(ini.indexOf("A\u20ac")).isEmpty();
  }

  @Test
  void manyKeysEachFoundAtTheirLine() {
    StringBuilder file = new StringBuilder("[Notes]\n");
    int count = 5_000;
    for (int i = 0; i < count; i++) {
      file.append(i % 2 == 0 ? "Key" : "KEY").append(i).append('=').append(i).append('\n');
    }
    NotesIniDocument ini = parse(file.toString());

    for (int i = 0; i < count; i++) {
      assertThat(ini.indexOf("key" + i)).hasValue(i + 1);
    }
    assertThat(ini.indexOf("key" + count)).isEmpty();
    assertThat(ini.findings()).isEmpty();
  }

  @Test
  void keysPaddedWithWhitespaceAreListedForTheMerge() {
    NotesIniDocument ini =
        parse("A=1\n B=2\nC =3\n\tD\t=4\nE\u00a0=5\nF\u0085=6\nG\u001c=7\nH I=8\n");

    // Character.isWhitespace: space, tab, U+001C yes; U+00A0 (no-break space) and U+0085 no.
    assertThat(ini.linesWithPaddedKeys().asList()).containsExactly(1, 2, 3, 6);
  }
}
