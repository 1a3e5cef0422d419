package io.github.coexist.cli.license;

import io.github.coexist.cli.OptionValues;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.license.WarningLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values of {@code coexist license}, read strictly. */
final class Converters {
  private Converters() {}

  /** {@code trial}, {@code standard} or {@code standard-zapp}. */
  static final class Type implements ITypeConverter<LicenseType> {
    @Override
    public LicenseType convert(String value) {
      OptionValues.requireAsciiWord(value);
      try {
        return LicenseType.fromKey(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code 90}, {@code 30}, {@code 3}, {@code 2}, {@code 1} or {@code expired}. */
  static final class Warning implements ITypeConverter<WarningLevel> {
    @Override
    public WarningLevel convert(String value) {
      OptionValues.requireAsciiWord(value);
      try {
        return WarningLevel.fromKey(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
