package io.github.coexist.license;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a license is not valid: a {@link Reason} to act on, a sentence for a person, and for problems
 * in the text the position they were found at.
 *
 * <pre>{@code
 * problem.reason()             // Reason.MALFORMED
 * problem.message()            // "malformed: line 3, column 7: expected a space after 'type:'"
 * problem.describe("acme.lic") // "acme.lic:3:7: malformed: expected a space after 'type:'"
 * }</pre>
 *
 * @param reason the kind of problem
 * @param detail what was found, in one line, without the reason or position
 * @param position where in the file, for {@link Reason#MALFORMED} and {@link
 *     Reason#UNSUPPORTED_VERSION}
 */
public record LicenseProblem(Reason reason, String detail, Optional<TextPosition> position) {
  /** The kinds of problem, in the order the steps find them. */
  public enum Reason {
    /** The parser: the text breaks the format (line and column say where). */
    MALFORMED,
    /** The parser: a format version this library does not read. */
    UNSUPPORTED_VERSION,
    /** The verifier: the license carries no signature. */
    UNSIGNED,
    /** The verifier: the signature does not match the text under the key the license names. */
    TAMPERED,
    /** The verifier: the license names a key the verifier does not trust (another key signed). */
    UNKNOWN_KEY,
    /** The evaluation: today is before the day the license was generated. */
    NOT_YET_VALID,
    /** The evaluation: today is after the expiry date. */
    EXPIRED;

    /** The stable spelling used in messages and JSON: {@code unsupported-version}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Checks the parts are present and the detail is one line. */
  public LicenseProblem {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(position, "position");
    if (detail.indexOf('\n') >= 0 || detail.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("detail must be one line: " + detail);
    }
  }

  static LicenseProblem malformed(TextPosition at, String detail) {
    return new LicenseProblem(Reason.MALFORMED, detail, Optional.of(at));
  }

  static LicenseProblem unsupportedVersion(TextPosition at, String found, int supported) {
    return new LicenseProblem(
        Reason.UNSUPPORTED_VERSION,
        "format version " + found + " is not supported; this library reads version " + supported,
        Optional.of(at));
  }

  static LicenseProblem unsigned() {
    return new LicenseProblem(
        Reason.UNSIGNED, "the license has no key-id and signature lines", Optional.empty());
  }

  /** A key-id line without the signature line that must follow it (a file cut short). */
  static LicenseProblem unsigned(KeyId keyId) {
    return new LicenseProblem(
        Reason.UNSIGNED,
        "the license has a key-id line (" + keyId + ") but no signature line after it",
        Optional.empty());
  }

  static LicenseProblem tampered(KeyId keyId) {
    return new LicenseProblem(
        Reason.TAMPERED,
        "the signature does not match the text under key "
            + keyId
            + ": the file was changed after signing, or another key signed it",
        Optional.empty());
  }

  static LicenseProblem unknownKey(KeyId keyId, List<KeyId> trusted) {
    return new LicenseProblem(
        Reason.UNKNOWN_KEY,
        "signed with key "
            + keyId
            + ", which is not trusted here (trusted: "
            + trusted.stream().map(KeyId::toString).collect(Collectors.joining(", "))
            + ")",
        Optional.empty());
  }

  static LicenseProblem notYetValid(LocalDate generated, LocalDate today) {
    return new LicenseProblem(
        Reason.NOT_YET_VALID,
        "the license starts on " + generated + "; today is " + today,
        Optional.empty());
  }

  static LicenseProblem expired(LocalDate expires, LocalDate today) {
    return new LicenseProblem(
        Reason.EXPIRED,
        "the license expired on " + expires + "; today is " + today,
        Optional.empty());
  }

  /** {@code malformed: line 3, column 7: ...} or {@code tampered: ...}. */
  public String message() {
    return reason.key()
        + ": "
        + position.map(p -> "line " + p.line() + ", column " + p.column() + ": ").orElse("")
        + detail;
  }

  /** {@code acme.lic:3:7: malformed: ...}: the message after a file name, as compilers write. */
  public String describe(String source) {
    Objects.requireNonNull(source, "source");
    return source + position.map(p -> ":" + p).orElse("") + ": " + reason.key() + ": " + detail;
  }

  @Override
  public String toString() {
    return message();
  }
}
