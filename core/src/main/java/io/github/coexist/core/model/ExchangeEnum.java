package io.github.coexist.core.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** An enumeration whose values are spelled exactly as Exchange spells them. */
public interface ExchangeEnum {
  /** Exchange's spelling, e.g. {@code InternalLegacy}. */
  String exchangeName();

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
