package io.github.coexist.core.model;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The charset of the coexistence server's notes.ini ({@code domino.notesIniCharset}): validation
 * checks every BTCal value against it and the notes.ini emitter writes the values in it.
 *
 * <p>No documentation states the charset of notes.ini (the BTCal fact sheet, section 6, lists it as
 * practitioner knowledge: the platform's or an LMBCS-derived one), so the default is US-ASCII,
 * whose bytes mean the same in every candidate: a plan that needs other characters names the
 * server's charset. Every charset here is ASCII-compatible ({@code =}, CR and LF keep their single
 * bytes) and part of every Java runtime ({@code java.base}), so a plan reads the same everywhere.
 *
 * <pre>{@code
 * DominoSettings.builder().notesIniCharset(NotesIniCharset.WINDOWS_1252)...
 * NotesIniCharset.of(plan)          // US_ASCII unless the plan names another
 * }</pre>
 */
public enum NotesIniCharset {
  /** US-ASCII: the default; refuses every character outside ASCII. */
  US_ASCII("US-ASCII"),
  /** ISO-8859-1 (Latin-1). */
  ISO_8859_1("ISO-8859-1"),
  /** ISO-8859-15 (Latin-9). */
  ISO_8859_15("ISO-8859-15"),
  /** windows-1250 (Central European Windows servers). */
  WINDOWS_1250("windows-1250"),
  /** windows-1251 (Cyrillic Windows servers). */
  WINDOWS_1251("windows-1251"),
  /** windows-1252 (Western European Windows servers). */
  WINDOWS_1252("windows-1252"),
  /** UTF-8. */
  UTF_8("UTF-8");

  private final String key;

  NotesIniCharset(String key) {
    this.key = key;
  }

  /** The plan-file spelling, which is also the charset's canonical Java name. */
  public String key() {
    return key;
  }

  /** The Java charset. */
  public Charset charset() {
    return Charset.forName(key);
  }

  /**
   * The charset of {@code plan}'s notes.ini: the plan's {@code domino.notesIniCharset}, else
   * US-ASCII.
   */
  public static NotesIniCharset of(CoexistencePlan plan) {
    return Objects.requireNonNull(plan, "plan")
        .domino()
        .flatMap(DominoSettings::notesIniCharset)
        .orElse(US_ASCII);
  }

  /** The member for {@code charset}, when it is one of these. */
  public static Optional<NotesIniCharset> forCharset(Charset charset) {
    Objects.requireNonNull(charset, "charset");
    return Arrays.stream(values()).filter(c -> c.charset().equals(charset)).findFirst();
  }

  /** The accepted spellings, for messages: {@code US-ASCII, ISO-8859-1, ..., UTF-8}. */
  public static String keys() {
    return Arrays.stream(values()).map(NotesIniCharset::key).collect(Collectors.joining(", "));
  }

  /**
   * Reads the plan-file spelling, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static NotesIniCharset fromKey(String text) {
    String wanted = Objects.requireNonNull(text, "text").trim().toLowerCase(Locale.ROOT);
    for (NotesIniCharset value : values()) {
      if (value.key.toLowerCase(Locale.ROOT).equals(wanted)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "not a notes.ini charset: \"" + text + "\" (expected one of " + keys() + ")");
  }

  @Override
  public String toString() {
    return key;
  }
}
