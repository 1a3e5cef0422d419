package io.github.coexist.livestate;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One property value in the canonical form every reader reduces Exchange's output to: null, a
 * boolean, a number (its text), a text (Exchange's string form of anything else), or a list of
 * texts. Where it was read ({@code file:line:column}, or an object's index) goes with it for
 * messages.
 */
sealed interface LiveValue {
  /** Where the value was read, for messages. */
  At location();

  /** A reported null. */
  record Null(At location) implements LiveValue {}

  /** A boolean. */
  record Bool(boolean value, At location) implements LiveValue {}

  /** A number, as its text ({@code 25}, {@code -1}, {@code 1.5}). */
  // The JSON and PowerShell name of the kind; always written qualified, LiveValue.Number.
  @SuppressWarnings("JavaLangClash")
  record Number(String text, At location) implements LiveValue {}

  /** Any other value, in Exchange's string form ({@code 35 MB (36,700,160 bytes)}). */
  record Text(String text, At location) implements LiveValue {}

  /** A collection, each element in its string form. */
  record Texts(ImmutableList<String> items, At location) implements LiveValue {
    Texts(List<String> items, At location) {
      this(ImmutableList.copyOf(items), location);
    }
  }

  /**
   * A value the input holds but no reader can reduce to a string form (an object cut by {@code
   * ConvertTo-Json}'s depth, a nested object of no known shape).
   *
   * @param why what it is and how to get it read
   */
  record Unknown(String why, At location) implements LiveValue {}

  /** The value as one line of text, as kept among {@link LiveObject#readOnly()}; null for null. */
  static String display(LiveValue value) {
    if (value instanceof Bool bool) {
      return bool.value() ? "True" : "False";
    }
    if (value instanceof Number number) {
      return number.text();
    }
    if (value instanceof Text text) {
      return text.text();
    }
    if (value instanceof Texts texts) {
      return String.join(", ", texts.items());
    }
    return null;
  }
}
