package io.github.coexist.core.domino;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Objects;

/**
 * The one size limit of a notes.ini value, in the unit Domino enforces: at most {@value #MAX_BYTES}
 * bytes of LMBCS.
 *
 * <p>Domino reads a value with {@code OSGetEnvironmentString} into a buffer of {@code MAXENVVALUE}
 * (256) bytes, the terminating NUL included (HCL C API reference, <a
 * href="https://github.com/HCL-TECH-SOFTWARE/domino-c-api-docs/blob/main/MdFiles/MAXENVVALUE.md">MAXENVVALUE</a>
 * and <a
 * href="https://github.com/HCL-TECH-SOFTWARE/domino-c-api-docs/blob/main/MdFiles/OSGetEnvironmentString.md">OSGetEnvironmentString</a>),
 * and every string the API passes is LMBCS optimised for group 1, the format Domino holds all
 * strings in (<a
 * href="https://github.com/HCL-TECH-SOFTWARE/domino-c-api-docs/blob/main/MdFiles/OSTranslate.md">OSTranslate</a>).
 * So the limit is counted in LMBCS bytes, whatever charset notes.ini is written in.
 *
 * <p>coexist does not carry LMBCS's group tables; it counts an upper bound, so that a value it
 * accepts always fits: 1 byte for ASCII and for the characters of code page 850 (LMBCS group 1,
 * which the optimisation writes as single bytes), 3 for any other character of the Basic
 * Multilingual Plane (2 for the other single-byte groups, 3 for the double-byte and Unicode
 * groups), 6 for a character beyond it (two UTF-16 units in the Unicode group). Whether the server
 * also reads the file's line into a buffer of that size is not documented, so {@link #bytes} takes
 * the larger of that bound and the value's bytes in the file's charset.
 *
 * <pre>{@code
 * ValueSize.lmbcsBytes("Exchange")   // 8
 * ValueSize.lmbcsBytes("Zürich")     // 6 (ü is in code page 850)
 * ValueSize.lmbcsBytes("Ωmega")      // 7
 * }</pre>
 */
public final class ValueSize {
  /** Domino's MAXENVVALUE (256) less the terminating NUL. */
  public static final int MAX_BYTES = 255;

  /** Code page 850 is in {@code java.base}: the same on every Java runtime. */
  private static final Charset GROUP_1 = Charset.forName("IBM850");

  private ValueSize() {}

  /** The most bytes {@code value} takes in LMBCS. */
  public static int lmbcsBytes(String value) {
    Objects.requireNonNull(value, "value");
    CharsetEncoder group1 = GROUP_1.newEncoder();
    int bytes = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (cp < 0x80) {
        bytes += 1;
      } else if (Character.isSupplementaryCodePoint(cp)) {
        bytes += 6;
      } else if (group1.canEncode((char) cp)) {
        bytes += 1;
      } else {
        bytes += 3;
      }
      i += Character.charCount(cp);
    }
    return bytes;
  }

  /**
   * The size the limit is checked against: the larger of {@link #lmbcsBytes} and the value's bytes
   * in {@code fileCharset}, the charset notes.ini is written in.
   */
  public static int bytes(String value, Charset fileCharset) {
    Objects.requireNonNull(fileCharset, "fileCharset");
    return Math.max(lmbcsBytes(value), value.getBytes(fileCharset).length);
  }

  /** Whether {@code value} fits: {@link #bytes} is at most {@value #MAX_BYTES}. */
  public static boolean fits(String value, Charset fileCharset) {
    return bytes(value, fileCharset) <= MAX_BYTES;
  }
}
