package io.github.coexist.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An enumeration option matched ignoring ASCII case only: picocli's own case-insensitive matching
 * folds Unicode case, so {@code ſ} (U+017F) matched {@code s}, {@code ı} matched {@code i} and the
 * Kelvin sign matched {@code k}. Plan files refuse these lookalikes; so do options.
 *
 * <pre>{@code
 * static final class FormatValue extends AsciiEnumValue<Format> {
 *   FormatValue() { super(Format.class); }
 * }
 * }</pre>
 */
public abstract class AsciiEnumValue<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  protected AsciiEnumValue(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String text) {
    OptionValues.requireAsciiWord(text);
    for (E constant : type.getEnumConstants()) {
      if (OptionValues.equalsIgnoringAsciiCase(constant.name(), text)) {
        return constant;
      }
    }
    throw new TypeConversionException(
        "expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))
            + " (case-insensitive) but was '"
            + text
            + "'");
  }
}
