package io.github.coexist.notesini.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.coexist.notesini.IniFinding;
import io.github.coexist.notesini.IniSetting;
import io.github.coexist.notesini.MergeOracle;
import io.github.coexist.notesini.MergeResult;
import io.github.coexist.notesini.NotesIniChanges;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.notesini.NotesIniFormat;
import io.github.coexist.notesini.UnmergeableFileException;
import io.github.coexist.notesini.UnsafeSettingException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * No byte of another line is lost, for any line ending (issue 22, finding 1): the merge either
 * refuses the file (exactly when {@link MergeOracle#mergeable} says it must: a CR that ends no
 * line, UTF-16 text) or keeps every line that is not the first entry of a managed key byte for
 * byte, line break included, at the same line number; a managed line keeps its key's bytes and its
 * line break; "no ServerTasks line" is reported exactly when no line has the key. In the normal
 * build this replays {@code NotesIniMergeFuzzTestInputs/}; {@code -Pfuzz} fuzzes.
 */
class NotesIniMergeFuzzTest {
  private static final NotesIniChanges CHANGES =
      NotesIniChanges.of(
          NotesIniFormat.standard(),
          List.of(IniSetting.of("BTEXCHANGEDB", "btexchange.box"), IniSetting.of("KitType", "1")));

  private static final Set<String> MANAGED = Set.of("BTEXCHANGEDB", "KITTYPE", "SERVERTASKS");

  @FuzzTest(maxDuration = "2m")
  void noByteOfAnotherLineIsLost(@NotNull byte[] bytes) {
    MergeResult merged;
    try {
      merged = CHANGES.mergeInto(NotesIniDocument.parse(bytes));
    } catch (UnmergeableFileException e) {
      assertThat(MergeOracle.mergeable(bytes)).as(e.getMessage()).isFalse();
      assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r");
      return;
    } catch (UnsafeSettingException e) {
      // Only a ServerTasks list too long to take BTCal is refused.
      assertThat(e.key()).isEqualTo("ServerTasks");
      return;
    }
    assertThat(MergeOracle.mergeable(bytes)).isTrue();
    List<byte[]> before = MergeOracle.linesWithBreaks(bytes);
    List<byte[]> after = MergeOracle.linesWithBreaks(merged.bytes());
    assertThat(after.size()).isGreaterThanOrEqualTo(before.size());
    boolean serverTasks = false;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < before.size(); i++) {
      byte[] was = before.get(i);
      byte[] is = after.get(i);
      String key = MergeOracle.key(was);
      boolean last = i == before.size() - 1 && was[was.length - 1] != '\n';
      serverTasks |= "SERVERTASKS".equals(key);
      if (key != null && MANAGED.contains(key) && seen.add(key)) {
        int keyLength = key.length();
        assertThat(Arrays.copyOf(is, keyLength + 1)).isEqualTo(Arrays.copyOf(was, keyLength + 1));
        if (!last) {
          assertThat(tail(is, was)).as("line %d keeps its line break", i + 1).isTrue();
        }
      } else if (last) {
        assertThat(Arrays.copyOf(is, was.length)).isEqualTo(was);
      } else {
        assertThat(is).as("line %d", i + 1).isEqualTo(was);
      }
    }
    boolean reported =
        merged.findings().stream().anyMatch(f -> f.kind() == IniFinding.Kind.NO_SERVER_TASKS);
    assertThat(reported).isEqualTo(!serverTasks);
  }

  /** Whether both lines end in the same line break (CRLF or LF). */
  private static boolean tail(byte[] a, byte[] b) {
    boolean crlfA = a.length >= 2 && a[a.length - 2] == '\r';
    boolean crlfB = b.length >= 2 && b[b.length - 2] == '\r';
    return a[a.length - 1] == '\n' && b[b.length - 1] == '\n' && crlfA == crlfB;
  }
}
