package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import java.util.OptionalInt;

/**
 * A non-negative count or {@code Unlimited}: Exchange's {@code Unlimited<Int32>}, as taken by
 * {@code -LineWrapSize}, {@code -MaxInboundConnection}, {@code -MessageRateLimit} and {@code
 * -MaxProtocolErrors}.
 *
 * <pre>{@code
 * CountLimit.parse("132").value();            // OptionalInt[132]
 * CountLimit.parse("unlimited").toString();   // "Unlimited"
 * }</pre>
 *
 * <p>The number is 0..2147483647; {@code Unlimited} is read in any case. The range a particular
 * parameter allows (LineWrapSize 0..132) is for validation rules. Limits order by value, {@code
 * Unlimited} last.
 */
public final class CountLimit implements Comparable<CountLimit> {
  private static final String THING = "a count limit";

  /** No limit. */
  public static final CountLimit UNLIMITED = new CountLimit(-1);

  private final int value;

  private CountLimit(int value) {
    this.value = value;
  }

  /**
   * Reads {@code 0}, {@code 132} or {@code Unlimited}; surrounding spaces are ignored.
   *
   * @throws InvalidValueException if the text is not a count limit
   */
  public static CountLimit parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    if (Ascii.equalsIgnoreCase(s, "unlimited")) {
      return UNLIMITED;
    }
    if (!Texts.isAsciiDigits(s)) {
      throw new InvalidValueException(
          THING, text, "expected a whole number 0..2147483647 or Unlimited");
    }
    String digits = s.replaceFirst("^0+(?=.)", "");
    if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
      throw new InvalidValueException(THING, text, "larger than 2147483647");
    }
    return new CountLimit(Integer.parseInt(digits));
  }

  /**
   * The limit {@code value}.
   *
   * @throws InvalidValueException if {@code value} is negative
   */
  public static CountLimit of(int value) {
    if (value < 0) {
      throw new InvalidValueException(THING, Integer.toString(value), "must not be negative");
    }
    return new CountLimit(value);
  }

  /** Whether this is {@code Unlimited}. */
  public boolean isUnlimited() {
    return value < 0;
  }

  /** The number; empty for {@code Unlimited}. */
  public OptionalInt value() {
    return isUnlimited() ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** By value, {@code Unlimited} largest. */
  @Override
  public int compareTo(CountLimit other) {
    return Integer.compareUnsigned(value, other.value); // -1 (unlimited) is the largest unsigned
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountLimit countLimit && countLimit.value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  /** The canonical text: the number, or {@code Unlimited}. */
  @Override
  public String toString() {
    return isUnlimited() ? "Unlimited" : Integer.toString(value);
  }
}
