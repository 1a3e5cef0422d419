package io.github.coexist.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Golden files: output compared byte for byte with a reviewed file in the repository, for every
 * golden file of the project (scripts, notes.ini, runbooks, plans, schema, docs/rules.md).
 *
 * <p>Paths are relative to the module the test runs in ({@code src/test/resources/golden/x.ps1},
 * {@code ../docs/rules.md}). A mismatch fails with the file, the first lines that differ (control
 * characters, CR and the byte order mark shown as escapes) and the command that rewrites it. The
 * one switch for every golden file is {@value #SWITCH}: with {@code -Dcoexist.regenerate=true} each
 * golden test writes what it produced instead of comparing; review the diff before committing.
 *
 * <pre>{@code
 * Golden.assertResource("golden/exchange-online.ps1", scriptBytes);
 * Golden.assertFile("../docs/rules.md", RuleCatalog.markdown());
 * }</pre>
 */
public final class Golden {
  /** The system property that rewrites every golden file instead of comparing with it. */
  public static final String SWITCH = "coexist.regenerate";

  private static final int SHOWN_LINES = 12;

  private final Path module;
  private final boolean regenerate;

  Golden(Path module, boolean regenerate) {
    this.module = module;
    this.regenerate = regenerate;
  }

  private static Golden current() {
    // Surefire runs each module's tests with the module as working directory and sets basedir.
    return new Golden(Path.of(System.getProperty("basedir", "")), Boolean.getBoolean(SWITCH));
  }

  /** Whether this run rewrites golden files ({@code -Dcoexist.regenerate=true}). */
  public static boolean regenerating() {
    return Boolean.getBoolean(SWITCH);
  }

  /** Compares {@code actual} with the file at {@code path}, or writes it when regenerating. */
  public static void assertFile(String path, byte[] actual) {
    current().check(path, actual);
  }

  /** {@link #assertFile(String, byte[])} for text, compared as its UTF-8 bytes. */
  public static void assertFile(String path, String actual) {
    assertFile(path, actual.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #assertFile(String, byte[])} for a file under {@code src/test/resources}. */
  public static void assertResource(String resource, byte[] actual) {
    assertFile(resourcePath(resource), actual);
  }

  /** {@link #assertResource(String, byte[])} for text, compared as its UTF-8 bytes. */
  public static void assertResource(String resource, String actual) {
    assertFile(resourcePath(resource), actual);
  }

  /** The bytes of the file at {@code path} (relative to the module). */
  public static byte[] read(String path) {
    return current().bytes(path);
  }

  /** The bytes of a file under {@code src/test/resources}. */
  public static byte[] readResource(String resource) {
    return read(resourcePath(resource));
  }

  private static String resourcePath(String resource) {
    return "src/test/resources/" + resource;
  }

  void check(String path, byte[] actual) {
    Path file = module.resolve(path);
    try {
      boolean exists = Files.exists(file);
      if (regenerate) {
        if (!exists || !Arrays.equals(Files.readAllBytes(file), actual)) {
          Path parent = file.toAbsolutePath().getParent();
          Files.createDirectories(parent);
          Files.write(file, actual);
        }
        return;
      }
      if (!exists) {
        throw new AssertionError(
            "golden file " + path + " does not exist; write it with " + command());
      }
      byte[] expected = Files.readAllBytes(file);
      if (!Arrays.equals(expected, actual)) {
        throw new AssertionError(mismatch(path, expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes(String path) {
    try {
      return Files.readAllBytes(module.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String command() {
    Path name = module.toAbsolutePath().getFileName();
    String pl = name == null ? "<module>" : name.toString();
    return "-D" + SWITCH + "=true (mvn -B -q -pl " + pl + " -am verify -D" + SWITCH + "=true)";
  }

  private String mismatch(String path, byte[] expected, byte[] actual) {
    List<String> want = lines(expected);
    List<String> got = lines(actual);
    int first = 0;
    while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
      first++;
    }
    int last = 0;
    while (last < want.size() - first
        && last < got.size() - first
        && want.get(want.size() - 1 - last).equals(got.get(got.size() - 1 - last))) {
      last++;
    }
    StringBuilder message = new StringBuilder();
    message
        .append("golden file ")
        .append(path)
        .append(" differs (")
        .append(expected.length)
        .append(" bytes expected, ")
        .append(actual.length)
        .append(" actual), first at line ")
        .append(first + 1)
        .append(":\n");
    appendLines(message, '-', want, first, want.size() - last);
    appendLines(message, '+', got, first, got.size() - last);
    message
        .append("If the change is intended, rewrite the golden files with ")
        .append(command())
        .append(" and review the diff.");
    return message.toString();
  }

  private static void appendLines(
      StringBuilder out, char sign, List<String> lines, int from, int to) {
    for (int i = from; i < to && i < from + SHOWN_LINES; i++) {
      out.append(String.format(Locale.ROOT, "%c%5d | %s\n", sign, i + 1, lines.get(i)));
    }
    if (to - from > SHOWN_LINES) {
      out.append(sign).append("      ... ").append(to - from - SHOWN_LINES).append(" more\n");
    }
  }

  /** The lines of a file, each with its line ending, as visible text. */
  private static List<String> lines(byte[] bytes) {
    String text = text(bytes);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(visible(text.substring(start, i + 1)));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(visible(text.substring(start)));
    }
    return lines;
  }

  /** UTF-8 where the bytes are UTF-8; otherwise each byte above 0x7F as an escape. */
  private static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      StringBuilder s = new StringBuilder();
      for (byte b : bytes) {
        s.append(
            b >= 0 ? String.valueOf((char) b) : String.format(Locale.ROOT, "\\x%02X", b & 0xFF));
      }
      return s.toString();
    }
  }

  private static String visible(String line) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          int type = Character.getType(c);
          if (Character.isISOControl(c)
              || type == Character.FORMAT
              || type == Character.SURROGATE
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR) {
            s.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }
}
