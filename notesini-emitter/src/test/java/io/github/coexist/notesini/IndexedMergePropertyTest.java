package io.github.coexist.notesini;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed document and merge agree with the obvious ones ({@link ScanningMerge}: a scan of
 * every line per key) over generated files (fixed seeds): the same first line for every key, the
 * same duplicate findings, and a merge with the same bytes, changes and findings.
 */
class IndexedMergePropertyTest {
  private static final int FILES_PER_SEED = 300;

  /** Keys the files are made of: managed ones, prefixes of each other, 8-byte boundaries. */
  private static final String[] KEYS = {
    "ServerTasks",
    "BTEXCHANGEDOMAIN",
    "BTEXCHANGEDB",
    "BTEXCHANGEDB2",
    "BTEXCHANGE",
    "BTDELAY",
    "BTNDR54",
    "B",
    "K@",
    "K`",
    "Key12345",
    "Key123456",
    "Key1234567890123",
    "Key12345678901234",
    "Cl\u00e9",
    "CL\u00c9",
  };

  /** Whitespace a key may be padded with: some Character.isWhitespace, some not. */
  private static final String[] PADDING = {" ", "\t", "\u001c", "\u00a0", "\u0085", "  "};

  /** Lines that are no entry. */
  private static final String[] OTHER = {
    "[Notes]", "; BTDELAY=1", "", " \t", "junk", "=value", "ServerTasks", "Lone\rCR"
  };

  private static final List<NotesIniChanges> CHANGES =
      List.of(
          NotesIniChanges.of(
              NotesIniFormat.standard(),
              List.of(
                  IniSetting.of("BTEXCHANGEDOMAIN", "Exchange"),
                  IniSetting.of("BTEXCHANGEDB", "btexchange.box"),
                  IniSetting.of("BTDELAY", "5"),
                  IniSetting.of("BTNDR54", "No encrypted mail to Outlook, please."))),
          NotesIniChanges.of(
              NotesIniFormat.of(ISO_8859_1, LineBreak.CRLF),
              List.of(IniSetting.of("btexchangedb", "other.box"))));

  private static String randomCase(Random random, String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      out.append(
          random.nextBoolean()
              ? Character.toUpperCase(c)
              : Character.toLowerCase(c)); // é/É too: they must not fold
    }
    return out.toString();
  }

  private static String line(Random random) {
    int pick = random.nextInt(10);
    if (pick == 0) {
      return OTHER[random.nextInt(OTHER.length)];
    }
    String key = randomCase(random, KEYS[random.nextInt(KEYS.length)]);
    if (pick == 1) {
      key = PADDING[random.nextInt(PADDING.length)] + key;
    } else if (pick == 2) {
      key = key + PADDING[random.nextInt(PADDING.length)];
    } else if (pick == 3) {
      // A key of its own, long or short, so that the table fills and probes collide.
      key = "Gen" + Integer.toString(random.nextInt(5000), 36).toUpperCase(Locale.ROOT);
    }
    String value = random.nextInt(4) == 0 ? "" : "v" + random.nextInt(100) + "=x";
    return key + "=" + value;
  }

  static byte[] randomFile(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int count = random.nextInt(8) == 0 ? 200 + random.nextInt(400) : random.nextInt(30);
    for (int i = 0; i < count; i++) {
      if (random.nextInt(20) == 0) {
        byte[] noise = new byte[random.nextInt(12)];
        random.nextBytes(noise);
        for (int j = 0; j < noise.length; j++) {
          noise[j] = noise[j] == '\n' || noise[j] == '\r' ? (byte) '=' : noise[j];
        }
        out.writeBytes(noise);
      } else {
        out.writeBytes(line(random).getBytes(ISO_8859_1));
      }
      int end = random.nextInt(i == count - 1 ? 3 : 2);
      out.writeBytes(
          end == 0 ? new byte[] {'\r', '\n'} : end == 1 ? new byte[] {'\n'} : new byte[0]);
    }
    return out.toByteArray();
  }

  /** Every key the file could be asked for, in several casings, and some it cannot have. */
  private static List<String> probes(Random random) {
    List<String> probes = new ArrayList<>();
    for (String key : KEYS) {
      probes.add(key);
      probes.add(key.toUpperCase(Locale.ROOT));
      probes.add(randomCase(random, key));
      probes.add(" " + key);
      probes.add(key + "\u00a0");
    }
    probes.add("");
    probes.add("Gen" + Integer.toString(random.nextInt(5000), 36));
    probes.add("BTEXCHANGEDB\u0100");
    probes.add("[Notes]");
    probes.add("Lone\rCR");
    return probes;
  }

  @ParameterizedTest
  @ValueSource(longs = {301, 302, 303})
  void everyKeyIsFoundWhereAScanFindsIt(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < FILES_PER_SEED; n++) {
      NotesIniDocument ini = NotesIniDocument.parse(randomFile(random));
      List<IniLine> lines = ini.lines();

      for (String key : probes(random)) {
        assertThat(ini.indexOf(key))
            .as("seed %d file %d key %s", seed, n, key)
            .isEqualTo(ScanningMerge.indexOf(lines, key));
      }
      // Every key of the file itself, in its own spelling and upper-cased.
      for (IniLine line : lines) {
        if (line.key().isPresent()) {
          String key = line.key().get();
          assertThat(ini.indexOf(key)).isEqualTo(ScanningMerge.indexOf(lines, key));
          String upper = com.google.common.base.Ascii.toUpperCase(key);
          assertThat(ini.indexOf(upper)).isEqualTo(ScanningMerge.indexOf(lines, upper));
        }
      }
      assertThat(ini.findings()).isEqualTo(ScanningMerge.duplicates(lines));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {401, 402, 403})
  void theMergeIsTheScanningMerge(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < FILES_PER_SEED; n++) {
      byte[] file = randomFile(random);
      NotesIniChanges changes = CHANGES.get(random.nextInt(CHANGES.size()));
      if (MergePropertyTest.refused(file)) {
        continue;
      }
      NotesIniDocument ini = NotesIniDocument.parse(file);

      MergeResult merged = changes.mergeInto(ini);
      ScanningMerge expected = ScanningMerge.of(ini, changes);

      assertThat(merged.bytes()).as("seed %d file %d", seed, n).isEqualTo(expected.bytes());
      assertThat(merged.changes()).isEqualTo(expected.changes);
      assertThat(merged.findings()).isEqualTo(expected.findings);
      assertThat(merged.document()).isEqualTo(NotesIniDocument.of(expected.lines));
      assertThat(merged.document().lines()).isEqualTo(expected.lines);
      // The merged document and one made of lines index their keys without a parse.
      NotesIniDocument ofLines = NotesIniDocument.of(expected.lines);
      for (String key : probes(random)) {
        OptionalInt scanned = ScanningMerge.indexOf(expected.lines, key);
        assertThat(merged.document().indexOf(key)).as("key %s", key).isEqualTo(scanned);
        assertThat(ofLines.indexOf(key)).as("key %s", key).isEqualTo(scanned);
      }
      assertThat(merged.document().findings()).isEqualTo(ScanningMerge.duplicates(expected.lines));
      assertThat(ini.toBytes()).isEqualTo(file);
    }
  }

  @Test
  void aServerTasksListTooLongForBTCalIsRefusedByBoth() {
    NotesIniChanges changes = CHANGES.get(0);
    byte[] file = ("A=1\nservertasks=Router," + "x".repeat(250) + "\n").getBytes(ISO_8859_1);
    NotesIniDocument ini = NotesIniDocument.parse(file);

    assertThatThrownBy(() -> changes.mergeInto(ini)).isInstanceOf(UnsafeSettingException.class);
    assertThatThrownBy(() -> ScanningMerge.of(ini, changes))
        .isInstanceOf(UnsafeSettingException.class);
  }
}
