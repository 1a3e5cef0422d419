package io.github.coexist.notesini;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Property: parsing any bytes and rendering them without a change gives the same bytes. */
class RoundTripTest {
  private static final int ARRAYS_PER_SEED = 1_000;

  /** Bytes that mean something to the parser come often; any other byte can come too. */
  private static final byte[] SPECIAL = {'\r', '\n', '\r', '\n', 0, '=', ';', '[', ' ', '\t', ','};

  static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(400)];
    for (int i = 0; i < bytes.length; i++) {
      int pick = random.nextInt(10);
      if (pick < 4) {
        bytes[i] = SPECIAL[random.nextInt(SPECIAL.length)];
      } else if (pick < 7) {
        bytes[i] = (byte) (0x20 + random.nextInt(0x5F));
      } else {
        bytes[i] = (byte) random.nextInt(256);
      }
    }
    return bytes;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void parseThenRenderIsByteIdentical(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < ARRAYS_PER_SEED; n++) {
      byte[] bytes = randomBytes(random);

      NotesIniDocument ini = NotesIniDocument.parse(bytes);

      assertThat(ini.toBytes()).as("seed %d array %d", seed, n).isEqualTo(bytes);
      // The lines alone rebuild the same document, and only the last may lack a line break.
      assertThat(NotesIniDocument.of(ini.lines())).isEqualTo(ini);
      for (int i = 0; i < ini.lines().size(); i++) {
        IniLine line = ini.lines().get(i);
        assertThat(line.content()).doesNotContain((byte) '\n');
        if (i < ini.lines().size() - 1) {
          assertThat(line.lineBreak()).isNotEqualTo(LineBreak.NONE);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12})
  void everyLineIsRebuiltFromItsOwnParts(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < ARRAYS_PER_SEED; n++) {
      NotesIniDocument ini = NotesIniDocument.parse(randomBytes(random));
      for (IniLine line : ini.lines()) {
        if (line.kind() == IniLine.Kind.ENTRY) {
          byte[] key =
              line.key().orElseThrow().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
          byte[] value = line.value().orElseThrow();
          byte[] joined = new byte[key.length + 1 + value.length];
          System.arraycopy(key, 0, joined, 0, key.length);
          joined[key.length] = '=';
          System.arraycopy(value, 0, joined, key.length + 1, value.length);
          assertThat(joined).isEqualTo(line.content());
          assertThat(key).doesNotContain((byte) '=');
        }
      }
    }
  }
}
