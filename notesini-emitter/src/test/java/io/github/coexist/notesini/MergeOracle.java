package io.github.coexist.notesini;

import java.util.ArrayList;
import java.util.List;

/**
 * What a merge must do, written independently of the merge, for the tests that check it over many
 * files: which files it must refuse, and which original lines it must keep byte for byte.
 */
public final class MergeOracle {
  private MergeOracle() {}

  /**
   * Whether the merge may change {@code file}: no UTF-16 byte order mark, no NUL byte, and every CR
   * followed by LF or the file's last byte.
   */
  public static boolean mergeable(byte[] file) {
    if (file.length >= 2
        && ((file[0] == (byte) 0xFF && file[1] == (byte) 0xFE)
            || (file[0] == (byte) 0xFE && file[1] == (byte) 0xFF))) {
      return false;
    }
    for (int i = 0; i < file.length; i++) {
      boolean nulBesideLf =
          file[i] == '\n'
              && ((i > 0 && file[i - 1] == 0) || (i + 1 < file.length && file[i + 1] == 0));
      if (nulBesideLf || (file[i] == '\r' && i + 1 < file.length && file[i + 1] != '\n')) {
        return false;
      }
    }
    return true;
  }

  /** The file's lines with their line breaks (LF-terminated, the last maybe without). */
  public static List<byte[]> linesWithBreaks(byte[] file) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < file.length; i++) {
      if (file[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(file, start, i + 1));
        start = i + 1;
      }
    }
    if (start < file.length) {
      lines.add(java.util.Arrays.copyOfRange(file, start, file.length));
    }
    return lines;
  }

  /**
   * The key of a line as the merge matches it (upper-cased ASCII, before the first {@code =}), or
   * null for a line that is no entry.
   */
  public static String key(byte[] line) {
    if (line.length == 0 || line[0] == ';' || line[0] == '[') {
      return null;
    }
    for (int i = 0; i < line.length; i++) {
      if (line[i] == '\n') {
        return null;
      }
      if (line[i] == '=') {
        if (i == 0) {
          return null;
        }
        StringBuilder key = new StringBuilder(i);
        for (int j = 0; j < i; j++) {
          char c = (char) (line[j] & 0xFF);
          key.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return key.toString();
      }
    }
    return null;
  }
}
