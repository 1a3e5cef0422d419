package io.github.coexist.notesini;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the merge over generated notes.ini files (fixed seeds): merging twice gives the
 * bytes of merging once, no line of the original is lost or moved, and the result holds every
 * setting.
 */
class MergePropertyTest {
  private static final int FILES_PER_SEED = 500;

  private static final List<IniSetting> SETTINGS =
      List.of(
          IniSetting.of("BTEXCHANGEDOMAIN", "Exchange"),
          IniSetting.of("BTEXCHANGEDB", "btexchange.box"),
          IniSetting.of("BTDELAY", "5"),
          IniSetting.of("BTNDR54", "No encrypted mail to Outlook, please."));

  /** Lines that exercise the merge: managed keys in all casings, look-alikes, junk. */
  private static final String[] LINES = {
    "[Notes]",
    "; a comment with BTEXCHANGEDB=x",
    "",
    "   ",
    "junk without equals",
    "=no key",
    "BTEXCHANGEDOMAIN=Exchange",
    "btexchangedomain=Other",
    "BTEXCHANGEDOMAIN =spaced",
    "BtExchangeDb=old.box",
    "BTEXCHANGEDB=btexchange.box",
    "BTDELAY=",
    "btndr54=old text",
    "ServerTasks=Router,Update",
    "SERVERTASKS=Router, Replica , HTTP  ",
    "servertasks=btcal",
    "ServerTasks=",
    "ServerTasks=Router,",
    "  ServerTasks=Leading",
    "Value=with=equals",
    "Trailing=spaces   ",
    "Cl\u00e9=\u00e9t\u00e9",
    "Key With Spaces=1",
    "Domain=ACME\r",
    "BTDELAY=5\r",
    "Lone\rCR=x",
  };

  static byte[] randomFile(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int count = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      if (random.nextInt(8) == 0) {
        byte[] noise = new byte[random.nextInt(20)];
        random.nextBytes(noise);
        for (int j = 0; j < noise.length; j++) {
          if (noise[j] == '\n') {
            noise[j] = 'n';
          } else if (noise[j] == '\r') {
            noise[j] = 'r';
          }
        }
        out.writeBytes(noise);
      } else {
        out.writeBytes(LINES[random.nextInt(LINES.length)].getBytes(ISO_8859_1));
      }
      boolean last = i == count - 1;
      int end = random.nextInt(last ? 3 : 2);
      out.writeBytes(
          end == 0 ? new byte[] {'\r', '\n'} : end == 1 ? new byte[] {'\n'} : new byte[0]);
    }
    return out.toByteArray();
  }

  private static NotesIniChanges changes() {
    return NotesIniChanges.of(NotesIniFormat.standard(), SETTINGS);
  }

  @ParameterizedTest
  @ValueSource(longs = {101, 102, 103, 104})
  void mergingTwiceIsMergingOnce(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < FILES_PER_SEED; n++) {
      byte[] file = randomFile(random);
      if (refused(file)) {
        continue;
      }

      MergeResult once = changes().mergeInto(NotesIniDocument.parse(file));
      MergeResult twice = changes().mergeInto(NotesIniDocument.parse(once.bytes()));

      assertThat(twice.bytes()).as("seed %d file %d", seed, n).isEqualTo(once.bytes());
      assertThat(twice.changed()).isFalse();
      // The merged model is the one its bytes parse to.
      assertThat(NotesIniDocument.parse(once.bytes())).isEqualTo(once.document());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {201, 202, 203, 204})
  void nothingIsLostAndEverySettingIsRead(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < FILES_PER_SEED; n++) {
      byte[] file = randomFile(random);
      if (refused(file)) {
        continue;
      }
      NotesIniDocument original = NotesIniDocument.parse(file);

      NotesIniDocument merged = changes().mergeInto(original).document();

      List<IniLine> before = original.lines();
      List<IniLine> after = merged.lines();
      assertThat(after.size()).isGreaterThanOrEqualTo(before.size());
      for (int i = 0; i < before.size(); i++) {
        IniLine was = before.get(i);
        IniLine is = after.get(i);
        boolean lastWithoutBreak = i == before.size() - 1 && was.lineBreak() == LineBreak.NONE;
        if (isFirstManaged(original, i)) {
          // Same key bytes, new value; only the value may differ.
          assertThat(is.key()).isEqualTo(was.key());
          if (!lastWithoutBreak) {
            assertThat(is.lineBreak()).isEqualTo(was.lineBreak());
          }
        } else if (lastWithoutBreak) {
          // Only a line break is added (a CR at its end and the LF become one CRLF).
          assertThat(bytesOf(is)).startsWith(bytesOf(was));
          byte[] added =
              java.util.Arrays.copyOfRange(bytesOf(is), bytesOf(was).length, bytesOf(is).length);
          assertThat(new String(added, ISO_8859_1)).isIn("\n", "\r\n");
        } else {
          assertThat(bytesOf(is)).as("seed %d file %d line %d", seed, n, i).isEqualTo(bytesOf(was));
        }
      }
      for (IniSetting setting : SETTINGS) {
        assertThat(
                new String(
                    merged.first(setting.key()).orElseThrow().value().orElseThrow(), ISO_8859_1))
            .isEqualTo(setting.value());
      }
      merged
          .first("ServerTasks")
          .ifPresent(
              line ->
                  assertThat(ServerTasks.contains(line.value().orElseThrow(), "BTCal")).isTrue());
      assertThat(merged.endsWithLineBreak()).isTrue();
    }
  }

  private static byte[] bytesOf(IniLine line) {
    return NotesIniDocument.of(List.of(line)).toBytes();
  }

  private static boolean isFirstManaged(NotesIniDocument document, int index) {
    for (IniSetting setting : SETTINGS) {
      if (document.indexOf(setting.key()).equals(java.util.OptionalInt.of(index))) {
        return true;
      }
    }
    return document.indexOf("ServerTasks").equals(java.util.OptionalInt.of(index));
  }

  /** A file the merge must refuse (MergeOracle), checked to be refused; false for any other. */
  static boolean refused(byte[] file) {
    if (MergeOracle.mergeable(file)) {
      return false;
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                NotesIniChanges.of(NotesIniFormat.standard(), List.of(IniSetting.of("A", "1")))
                    .mergeInto(NotesIniDocument.parse(file)))
        .isInstanceOf(UnmergeableFileException.class);
    return true;
  }
}
