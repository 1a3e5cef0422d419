package io.github.coexist.notesini;

import io.github.coexist.core.validation.Severity;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something about a notes.ini file or an emission that an administrator should know, without
 * stopping the work: a duplicate key, a missing {@code ServerTasks} line, a value the BTCal
 * documentation does not confirm. Refusals are exceptions ({@link UnsafeSettingException}), never
 * findings.
 *
 * <pre>{@code
 * NotesIniDocument.parse(bytes).findings()
 *     .forEach(f -> System.err.println(f.format("notes.ini")));
 * // notes.ini:7: warning: duplicate key "ServerTasks" (first at line 3, which is the one updated)
 * }</pre>
 */
public final class IniFinding {
  /** What was found; each kind has one severity. */
  public enum Kind {
    /** A key occurs more than once; both lines are kept, the first is the one read and updated. */
    DUPLICATE_KEY(Severity.WARNING),
    /** A key with spaces around it that would be a managed key without them: not matched. */
    KEY_WITH_SPACES(Severity.WARNING),
    /** The file has no {@code ServerTasks} line, so BTCal was not added to one. */
    NO_SERVER_TASKS(Severity.WARNING),
    /** A key BTCal needs is neither in the plan nor in the file. */
    REQUIRED_MISSING(Severity.WARNING),
    /** A value written that the BTCal documentation does not show (only its counterpart). */
    UNVERIFIED_VALUE(Severity.INFO),
    /** The plan has a license without a server path, so no install command was written. */
    LICENSE_WITHOUT_PATH(Severity.INFO),
    /** The license path has spaces; whether BTCal's tell command accepts them is not documented. */
    LICENSE_PATH_WITH_SPACES(Severity.WARNING);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    /** The severity of findings of this kind. */
    public Severity severity() {
      return severity;
    }
  }

  private final Kind kind;
  private final int line;
  private final String message;

  private IniFinding(Kind kind, int line, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.line = line;
    this.message = Objects.requireNonNull(message, "message");
  }

  /** A finding about line {@code line} (1-based) of a file. */
  public static IniFinding atLine(Kind kind, int line, String message) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
    return new IniFinding(kind, line, message);
  }

  /** A finding about no particular line. */
  public static IniFinding of(Kind kind, String message) {
    return new IniFinding(kind, 0, message);
  }

  /** What was found. */
  public Kind kind() {
    return kind;
  }

  /** The severity ({@link Kind#severity()}). */
  public Severity severity() {
    return kind.severity();
  }

  /** The 1-based line of the file the finding is about, if it is about one. */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** What was found, in one line. */
  public String message() {
    return message;
  }

  /** {@code source:line: severity: message}, or {@code source: severity: message}. */
  public String format(String source) {
    return Objects.requireNonNull(source, "source")
        + (line == 0 ? "" : ":" + line)
        + ": "
        + kind.severity().name().toLowerCase(Locale.ROOT)
        + ": "
        + message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IniFinding iniFinding
        && iniFinding.kind == kind
        && iniFinding.line == line
        && iniFinding.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, line, message);
  }

  @Override
  public String toString() {
    return format("notes.ini");
  }
}
