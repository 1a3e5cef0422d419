package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import io.github.coexist.core.CoexistException;

/**
 * A text that is not a well-formed value of this package. The message always reads {@code not
 * <thing>: "<value>" (<reason>)} on one line, with control and format characters of the value
 * escaped, for example:
 *
 * <pre>{@code
 * not an address space: "SMTP:contoso.com;0" (cost must be 1..100)
 * }</pre>
 *
 * <p>The parts are available separately, so a plan reader can build its own diagnostic.
 */
public final class InvalidValueException extends CoexistException {
  private static final long serialVersionUID = 1L;

  private final String thing;
  private final String value;
  private final String reason;

  /**
   * @param thing what was expected, with its article: {@code "an SMTP domain"}
   * @param value the text as given (escaped in the message, kept raw here)
   * @param reason why it was refused, without parentheses
   */
  public InvalidValueException(String thing, String value, String reason) {
    super(
        "not "
            + requireNonNull(thing, "thing")
            + ": \""
            + Texts.escape(requireNonNull(value, "value"))
            + "\" ("
            + requireNonNull(reason, "reason")
            + ")");
    this.thing = thing;
    this.value = value;
    this.reason = reason;
  }

  /** What was expected, with its article, such as {@code "an IP range"}. */
  public String thing() {
    return thing;
  }

  /** The refused text exactly as given (not escaped). */
  public String value() {
    return value;
  }

  /** Why the text was refused, such as {@code "cost must be 1..100"}. */
  public String reason() {
    return reason;
  }

  /** The same reason, reported for an enclosing value (an IP range inside a smart host, ...). */
  InvalidValueException as(String outerThing, String outerValue) {
    InvalidValueException outer = new InvalidValueException(outerThing, outerValue, reason);
    outer.initCause(this);
    return outer;
  }
}
