package io.github.coexist.notesini;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge and line endings (issue 22, finding 1): every convention a notes.ini can have (LF,
 * CRLF, lone CR, CR before CRLF, LF then CR, none at the end, mixed) is either kept byte for byte
 * or refused with the line and the reason; never a line lost or a false "no ServerTasks line".
 */
class LineEndingTest {
  private static final NotesIniChanges CHANGES =
      NotesIniChanges.of(
          NotesIniFormat.standard(),
          List.of(
              IniSetting.of("BTEXCHANGEDB", "btexchange.box"),
              IniSetting.of("BTEXCHANGEDOMAIN", "Exchange")));

  private static final String[] LINES = {
    "BTEXCHANGEDB=old.box", "KitType=2", "ServerTasks=Update,Router", "Domain=ACME"
  };

  /** Between lines; the last line may also end in nothing or a lone CR. */
  private static final String[] ENDINGS = {"\n", "\r\n", "\r", "\r\r\n", "\n\r"};

  private static final String[] LAST_ENDINGS = {"\n", "\r\n", "\r", "\r\r\n", "\n\r", ""};

  /** Every assignment of endings to the four lines: 5 x 5 x 5 x 6 = 750 files. */
  static Stream<String> files() {
    List<String> files = new ArrayList<>();
    for (String a : ENDINGS) {
      for (String b : ENDINGS) {
        for (String c : ENDINGS) {
          for (String d : LAST_ENDINGS) {
            files.add(LINES[0] + a + LINES[1] + b + LINES[2] + c + LINES[3] + d);
          }
        }
      }
    }
    return files.stream();
  }

  @Test
  void allConventionsAreTried() {
    assertThat(files()).hasSize(750).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyLineIsKeptOrTheFileIsRefused(String text) {
    byte[] file = text.getBytes(ISO_8859_1);
    NotesIniDocument document = NotesIniDocument.parse(file);
    if (!MergeOracle.mergeable(file)) {
      int firstLoneCr = firstLoneCr(file);
      assertThatThrownBy(() -> CHANGES.mergeInto(document))
          .isInstanceOf(UnmergeableFileException.class)
          .hasMessageStartingWith("line " + (lineOf(file, firstLoneCr) + 1) + ": carriage return")
          .hasMessageContaining("convert the file to CRLF or LF line ends first");
      return;
    }
    MergeResult merged = CHANGES.mergeInto(document);
    byte[] out = merged.bytes();
    List<byte[]> before = MergeOracle.linesWithBreaks(file);
    List<byte[]> after = MergeOracle.linesWithBreaks(out);
    // Lines 2 and 4 (KitType, Domain) are no managed key: kept byte for byte, break included.
    for (int i : new int[] {1, 3}) {
      byte[] was = before.get(i);
      boolean last = i == before.size() - 1;
      if (last && was[was.length - 1] != '\n') {
        assertThat(new String(after.get(i), ISO_8859_1)).startsWith(new String(was, ISO_8859_1));
      } else {
        assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(was);
      }
    }
    String result = new String(out, ISO_8859_1);
    assertThat(result)
        .contains("BTEXCHANGEDB=btexchange.box")
        .contains("ServerTasks=Update,Router,BTCal")
        .doesNotContain("old.box");
    assertThat(merged.findings()).noneMatch(f -> f.kind() == IniFinding.Kind.NO_SERVER_TASKS);
  }

  @Test
  void theReproducerIsRefusedAtTheFirstLoneCr() {
    byte[] file =
        "BTEXCHANGEDB=old.box\rKitType=2\rServerTasks=Update,Router\rDomain=ACME\r"
            .getBytes(ISO_8859_1);
    assertThatThrownBy(() -> CHANGES.mergeInto(NotesIniDocument.parse(file)))
        .isInstanceOf(UnmergeableFileException.class)
        .hasMessage(
            "line 1: carriage return (0x0D) at column 21 ends no line: Domino reads it as part of"
                + " the line, a text editor as a line end; convert the file to CRLF or LF line"
                + " ends first");
    byte[] doubled = "KitType=2\r\nServerTasks=Router\r\r\n".getBytes(ISO_8859_1);
    assertThatThrownBy(() -> CHANGES.mergeInto(NotesIniDocument.parse(doubled)))
        .isInstanceOf(UnmergeableFileException.class)
        .hasMessageStartingWith("line 2: carriage return (0x0D) at column 19 ");
  }

  /** A CR as the file's last byte is half a CRLF: completed, never left inside a changed value. */
  @Test
  void aCrAtTheEndOfTheFileIsCompletedBeforeTheValueChanges() {
    byte[] file = "KitType=2\r\nServerTasks=Router\r".getBytes(ISO_8859_1);
    MergeResult merged = CHANGES.mergeInto(NotesIniDocument.parse(file));
    assertThat(new String(merged.bytes(), ISO_8859_1))
        .startsWith("KitType=2\r\nServerTasks=Router,BTCal\r\n");
    assertThat(MergeOracle.mergeable(merged.bytes())).isTrue();
  }

  static Stream<Charset> wideCharsets() {
    return Stream.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE").map(Charset::forName);
  }

  /** UTF-16 (with its byte order mark or without) and UTF-32 are refused, never appended to. */
  @ParameterizedTest
  @MethodSource("wideCharsets")
  void wideTextIsRefused(Charset charset) {
    for (String lineBreak : List.of("\r\n", "\n")) {
      String text = String.join(lineBreak, LINES) + lineBreak;
      for (boolean bom : List.of(true, false)) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
          bytes.writeBytes("\uFEFF".getBytes(charset));
        }
        bytes.writeBytes(text.getBytes(charset));
        byte[] refused = bytes.toByteArray();
        assertThat(MergeOracle.mergeable(refused)).isFalse();
        assertThatThrownBy(() -> CHANGES.mergeInto(NotesIniDocument.parse(refused)))
            .as("%s bom=%s", charset, bom)
            .isInstanceOf(UnmergeableFileException.class)
            .hasMessageContaining("UTF-16");
      }
    }
  }

  private static int firstLoneCr(byte[] file) {
    for (int i = 0; i + 1 < file.length; i++) {
      if (file[i] == '\r' && file[i + 1] != '\n') {
        return i;
      }
    }
    throw new AssertionError("no lone CR");
  }

  private static int lineOf(byte[] file, int offset) {
    int line = 0;
    for (int i = 0; i < offset; i++) {
      if (file[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
