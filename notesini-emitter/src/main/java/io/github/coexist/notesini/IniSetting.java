package io.github.coexist.notesini;

import java.util.Objects;

/**
 * One {@code KEY=value} to write into notes.ini, checked when it is made: the key has only ASCII
 * letters, digits, {@code _} and {@code $}; the value is not empty, has no line break (CR, LF, NEL,
 * U+2028, U+2029), no NUL or other control character, no invisible format character (such as U+200F
 * or U+FEFF), no lone surrogate, and does not start or end with a space. The byte length and the
 * charset are checked against a {@link NotesIniFormat} when the setting is encoded.
 *
 * <pre>{@code
 * IniSetting s = IniSetting.of("BTEXCHANGEDOMAIN", "Exchange");
 * }</pre>
 */
public final class IniSetting {
  private final String key;
  private final String value;
  private final String source;

  private IniSetting(String key, String value, String source) {
    this.key = key;
    this.value = value;
    this.source = source;
  }

  /**
   * A setting.
   *
   * @throws UnsafeSettingException naming the key, when the key or the value is refused
   */
  public static IniSetting of(String key, String value) {
    return from(key, value, "");
  }

  /**
   * A setting whose value comes from the plan attribute {@code source} (e.g. {@code
   * domino.foreignDomain}); refusals name both.
   *
   * @throws UnsafeSettingException naming the key and the source
   */
  public static IniSetting from(String key, String value, String source) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    if (!Keys.isValid(key)) {
      throw new UnsafeSettingException(
          key, source, "not a notes.ini key (only ASCII letters, digits, '_' and '$' are allowed)");
    }
    String problem = ValueText.problem(value);
    if (problem != null) {
      throw new UnsafeSettingException(key, source, problem);
    }
    return new IniSetting(key, value, source);
  }

  /** The key, as it will be written when it is new to the file. */
  public String key() {
    return key;
  }

  /** The value. */
  public String value() {
    return value;
  }

  /** The plan attribute the value comes from, or empty. */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IniSetting iniSetting
        && iniSetting.key.equals(key)
        && iniSetting.value.equals(value)
        && iniSetting.source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value, source);
  }

  /** {@code KEY=value}, the value escaped where it is not printable ASCII. */
  @Override
  public String toString() {
    return key + "=" + Escapes.quote(value);
  }
}
