package io.github.coexist.powershell;

import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a cmdlet call: {@code -Name 'x'}, a present switch {@code -Custom}, or a switch
 * with an explicit value {@code -Confirm:$false}.
 *
 * @param name the parameter name without its dash (ASCII letters and digits)
 * @param value the argument; empty for a present switch
 * @param colon whether the argument is attached with a colon ({@code -Confirm:$false}), the only
 *     form a switch takes a value in
 */
public record Parameter(String name, Optional<PsValue> value, boolean colon) {
  /** Refuses names that are not plain ASCII words (the dash is always U+002D, added on render). */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!AsciiNames.isWord(name)) {
      throw new IllegalArgumentException("not a parameter name: " + PsText.quote(name));
    }
    if (colon && value.isEmpty()) {
      throw new IllegalArgumentException("-" + name + ": a colon needs a value");
    }
  }

  /** {@code -name value}. */
  public static Parameter of(String name, PsValue value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return new Parameter(name, Optional.of(value), false);
  }

  /** A present switch: {@code -name}. */
  public static Parameter flag(String name) {
    return new Parameter(name, Optional.empty(), false);
  }

  /** A switch with a value: {@code -name:value}, e.g. {@code -Confirm:$false}. */
  public static Parameter switchValue(String name, PsValue value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return new Parameter(name, Optional.of(value), true);
  }
}
