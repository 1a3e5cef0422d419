package io.github.coexist.core.domino;

import java.util.Objects;
import java.util.Optional;

/**
 * What BTCal does when a parameter is absent from notes.ini, as far as the documentation says: the
 * parameter is required, has no default, has a known default value, has a described default
 * behaviour whose value is not shown, or nothing is known.
 */
public final class ParameterDefault {
  /** What is known about the default. */
  public enum Kind {
    /** BTCal needs the key (Appendix G: "Required"). */
    REQUIRED,
    /** Optional, and absent means none (Appendix G: "None"). */
    NONE,
    /** A documented default value. */
    VALUE,
    /** A documented default behaviour whose notes.ini value is not shown. */
    DESCRIBED,
    /** Not documented in any source found. */
    UNKNOWN
  }

  private final Kind kind;
  private final String text;

  private ParameterDefault(Kind kind, String text) {
    this.kind = kind;
    this.text = Objects.requireNonNull(text, "text");
  }

  static ParameterDefault required(String why) {
    return new ParameterDefault(Kind.REQUIRED, why);
  }

  static ParameterDefault none() {
    return new ParameterDefault(Kind.NONE, "none");
  }

  static ParameterDefault value(String value) {
    return new ParameterDefault(Kind.VALUE, value);
  }

  static ParameterDefault described(String behaviour) {
    return new ParameterDefault(Kind.DESCRIBED, behaviour);
  }

  static ParameterDefault unknown(String what) {
    return new ParameterDefault(Kind.UNKNOWN, what);
  }

  /** What is known. */
  public Kind kind() {
    return kind;
  }

  /** Whether BTCal needs the key. */
  public boolean isRequired() {
    return kind == Kind.REQUIRED;
  }

  /** The default value, when it is documented. */
  public Optional<String> value() {
    return kind == Kind.VALUE ? Optional.of(text) : Optional.empty();
  }

  /**
   * The explanation: why it is required, "none", the value, the described behaviour, or what is
   * unknown.
   */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParameterDefault parameterDefault
        && parameterDefault.kind == kind
        && parameterDefault.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text);
  }

  /** {@code required (why)}, {@code none}, {@code 0}, {@code described: ...} or {@code unknown}. */
  @Override
  public String toString() {
    return switch (kind) {
      case REQUIRED -> "required (" + text + ")";
      case NONE -> "none";
      case VALUE -> text;
      case DESCRIBED -> "described: " + text;
      default -> "unknown (" + text + ")";
    };
  }
}
