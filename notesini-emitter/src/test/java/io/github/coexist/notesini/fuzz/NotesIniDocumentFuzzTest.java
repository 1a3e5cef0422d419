package io.github.coexist.notesini.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.coexist.notesini.IniSetting;
import io.github.coexist.notesini.MergeOracle;
import io.github.coexist.notesini.MergeResult;
import io.github.coexist.notesini.NotesIniChanges;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.notesini.NotesIniFormat;
import io.github.coexist.notesini.UnmergeableFileException;
import io.github.coexist.notesini.UnsafeSettingException;
import java.util.List;

/**
 * Any bytes parse and render back unchanged, and a merge into them is stable: merging the result
 * again gives the same bytes. In the normal build this replays the corpus in {@code
 * NotesIniDocumentFuzzTestInputs/}.
 */
class NotesIniDocumentFuzzTest {
  private static final NotesIniChanges CHANGES =
      NotesIniChanges.of(
          NotesIniFormat.standard(),
          List.of(
              IniSetting.of("BTEXCHANGEDOMAIN", "Exchange"),
              IniSetting.of("BTEXCHANGEDB", "btexchange.box")));

  @FuzzTest(maxDuration = "2m")
  void anyBytesRoundTripAndMergeOnce(@NotNull byte[] bytes) {
    NotesIniDocument document = NotesIniDocument.parse(bytes);
    assertThat(document.toBytes()).isEqualTo(bytes);

    MergeResult once;
    try {
      once = CHANGES.mergeInto(document);
    } catch (UnmergeableFileException e) {
      // A lone CR or UTF-16 text: refused, exactly when the oracle says so.
      assertThat(MergeOracle.mergeable(bytes)).isFalse();
      return;
    } catch (UnsafeSettingException e) {
      // Only a ServerTasks list too long to take BTCal is refused.
      assertThat(e.key()).isEqualTo("ServerTasks");
      return;
    }
    assertThat(NotesIniDocument.parse(once.bytes())).isEqualTo(once.document());
    assertThat(CHANGES.mergeInto(once.document()).bytes()).isEqualTo(once.bytes());
  }
}
