package io.github.coexist.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** A BTCal Notes.ini setting with a closed set of values, written as Notes.ini takes them. */
public interface IniEnum {
  /** The value as written in Notes.ini, e.g. {@code 0} or {@code BTIDVaultDB}. */
  String iniValue();

  /**
   * Reads a Notes.ini value case-insensitively.
   *
   * @throws IllegalArgumentException naming the setting and the accepted values
   */
  static <E extends Enum<E> & IniEnum> E parse(Class<E> type, String setting, String text) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(text, "text");
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (E value : type.getEnumConstants()) {
      if (value.iniValue().toLowerCase(Locale.ROOT).equals(wanted)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "not a "
            + setting
            + " value: \""
            + text
            + "\" (expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(IniEnum::iniValue)
                .collect(Collectors.joining(", "))
            + ")");
  }
}
