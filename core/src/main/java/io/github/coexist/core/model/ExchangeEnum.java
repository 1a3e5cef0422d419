package io.github.coexist.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** An enumeration whose values are spelled exactly as Exchange spells them. */
public interface ExchangeEnum {
  /** Exchange's spelling, e.g. {@code InternalLegacy}. */
  String exchangeName();

  /**
   * The constant of {@code type} whose Exchange spelling is {@code text}, ignoring case and
   * surrounding spaces (Exchange's own output); what every generated {@code parse} calls.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  static <E extends Enum<E> & ExchangeEnum> E parse(Class<E> type, String text) {
    Objects.requireNonNull(type, "type");
    String wanted = Objects.requireNonNull(text, "text").trim().toLowerCase(Locale.ROOT);
    E[] values = type.getEnumConstants();
    for (E value : values) {
      if (value.exchangeName().toLowerCase(Locale.ROOT).equals(wanted)) {
        return value;
      }
    }
    throw new IllegalArgumentException(refusal(type.getSimpleName(), text, values));
  }

  /** The message for a value that is not one of {@code values}. */
  static String refusal(String what, String text, ExchangeEnum[] values) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(values, "values");
    return "not a "
        + what
        + ": \""
        + text
        + "\" (expected one of "
        + Arrays.stream(values).map(ExchangeEnum::exchangeName).collect(Collectors.joining(", "))
        + ")";
  }
}
