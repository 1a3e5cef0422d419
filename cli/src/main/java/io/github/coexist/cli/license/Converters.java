package io.github.coexist.cli.license;

import io.github.coexist.core.model.LicenseType;
import io.github.coexist.license.WarningLevel;
import java.time.DateTimeException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values of {@code coexist license}, read strictly. */
final class Converters {
  private Converters() {}

  /** {@code YYYY-MM-DD}, a real calendar day. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        try {
          return LocalDate.parse(value);
        } catch (DateTimeException e) {
          throw new TypeConversionException("no such day: " + value);
        }
      }
      throw new TypeConversionException("expected a date YYYY-MM-DD, found '" + value + "'");
    }
  }

  /** {@code trial}, {@code standard} or {@code standard-zapp}. */
  static final class Type implements ITypeConverter<LicenseType> {
    @Override
    public LicenseType convert(String value) {
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
      try {
        return WarningLevel.fromKey(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
