package io.github.coexist.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.ini4j.Config;
import org.ini4j.Ini;

/** The two read-only baselines of the Notes.ini comparison, over the same bytes as coexist. */
final class NotesIniBaselines {
  private NotesIniBaselines() {}

  /**
   * ini4j reading the file into its model. Multi-valued options stay on (ini4j's default) so a
   * repeated key is kept, as a notes.ini merge must keep it; Domino treats keys case-insensitively,
   * which ini4j's default config does not, so it is left as is: the cheaper setting for the
   * baseline.
   */
  static Ini ini4j(byte[] file) {
    try {
      Ini ini = new Ini();
      Config config = Config.getGlobal().clone();
      config.setEscape(false); // a notes.ini backslash is a path separator, never an escape
      ini.setConfig(config);
      ini.load(new ByteArrayInputStream(file));
      return ini;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** java.util.Properties merely reading the file (it has no notion of sections). */
  static Properties properties(byte[] file) {
    try {
      Properties properties = new Properties();
      properties.load(new ByteArrayInputStream(file));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
