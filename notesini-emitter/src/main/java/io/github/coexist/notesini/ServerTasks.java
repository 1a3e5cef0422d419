package io.github.coexist.notesini;

import com.google.common.base.Ascii;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Adding a task to the value of {@code ServerTasks}, the comma-separated list of tasks Domino
 * starts with the server (fact sheet §6): the existing items keep their order, spacing and casing;
 * the new one goes last, with the separator the list already uses before its last item.
 */
final class ServerTasks {
  /** The notes.ini key. */
  static final String KEY = "ServerTasks";

  private ServerTasks() {}

  /** Whether the list already names {@code task}, in any ASCII casing, spaces around it ignored. */
  static boolean contains(byte[] value, String task) {
    int start = 0;
    for (int i = 0; i <= value.length; i++) {
      if (i == value.length || value[i] == ',') {
        if (Ascii.equalsIgnoreCase(strip(Escapes.latin1(value, start, i)), task)) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /** The list with {@code task} added, or empty when it is already there. */
  static Optional<byte[]> withTask(byte[] value, String task) {
    if (contains(value, task)) {
      return Optional.empty();
    }
    int end = value.length;
    while (end > 0 && isSpace(value[end - 1])) {
      end--;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + task.length() + 2);
    out.write(value, 0, end);
    if (end > 0 && value[end - 1] != ',') {
      out.write(separator(value, end), 0, separator(value, end).length);
    }
    byte[] name = task.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.write(name, 0, name.length);
    // Trailing spaces stay at the end, where they were.
    out.write(value, end, value.length - end);
    return Optional.of(out.toByteArray());
  }

  /** {@code ,} followed by the spaces that follow the last comma of {@code value[0..end)}. */
  private static byte[] separator(byte[] value, int end) {
    int comma = -1;
    for (int i = end - 1; i >= 0; i--) {
      if (value[i] == ',') {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return new byte[] {','};
    }
    int after = comma + 1;
    while (after < end && isSpace(value[after])) {
      after++;
    }
    byte[] separator = new byte[after - comma];
    System.arraycopy(value, comma, separator, 0, separator.length);
    return separator;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t';
  }

  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return text.substring(start, end);
  }
}
