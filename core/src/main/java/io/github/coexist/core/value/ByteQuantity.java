package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in bytes or {@code Unlimited}, as Exchange's {@code ByteQuantifiedSize} parameters take
 * and print it ({@code -MaxMessageSize}, ...).
 *
 * <pre>{@code
 * ByteQuantity.parse("25 MB").toString();                      // "25MB"
 * ByteQuantity.parse("35 MB (36,700,160 bytes)").bytes();      // OptionalLong[36700160]
 * ByteQuantity.parse("1024").toString();                       // "1KB"
 * ByteQuantity.parse("1.5 GB").toString();                     // "1536MB"
 * ByteQuantity.parse("unlimited").isUnlimited();               // true
 * }</pre>
 *
 * <p>Units are {@code B}, {@code KB}, {@code MB}, {@code GB} and {@code TB} (also {@code bytes}),
 * read case-insensitively, binary (1 KB = 1024 bytes); a number without unit is bytes. Exchange's
 * own print form {@code 35 MB (36,700,160 bytes)} is read from the byte count in parentheses, which
 * must agree with the rounded figure before it. <b>Decimals:</b> Exchange takes whole numbers only;
 * a decimal such as {@code 1.5 GB} is accepted when it is a whole number of bytes (1,610,612,736),
 * and prints as a whole number of a smaller unit ({@code 1536MB}); {@code 1.1 KB} (1126.4 bytes) is
 * refused. The canonical form uses the largest unit that divides the size exactly, with no space:
 * {@code 25MB}, {@code 128KB}, {@code 1000B}, {@code 0B}, or {@code Unlimited}. Sizes order by
 * bytes, {@code Unlimited} last.
 */
public final class ByteQuantity implements Comparable<ByteQuantity> {
  private static final String THING = "a byte quantity";
  private static final String[] UNITS = {"TB", "GB", "MB", "KB"};
  private static final int[] SHIFTS = {40, 30, 20, 10};
  private static final Pattern QUANTITY =
      Pattern.compile("([0-9]{1,20}(?:\\.[0-9]{1,20})?) *([A-Za-z]*)");
  private static final Pattern BYTE_COUNT =
      Pattern.compile("([0-9]{1,3}(?:,[0-9]{3}){1,6}|[0-9]{1,19}) *(?i:bytes?)");
  private static final String EXPECTED =
      "expected a whole number with an optional unit B, KB, MB, GB or TB, or Unlimited";

  /** No limit. */
  public static final ByteQuantity UNLIMITED = new ByteQuantity(-1);

  private final long bytes;

  private ByteQuantity(long bytes) {
    this.bytes = bytes;
  }

  /**
   * Reads {@code 25 MB}, {@code 25MB}, {@code 1024}, {@code 35 MB (36,700,160 bytes)} or {@code
   * Unlimited}; surrounding spaces are ignored.
   *
   * @throws InvalidValueException if the text is not a size
   */
  public static ByteQuantity parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    if (Ascii.equalsIgnoreCase(s, "unlimited")) {
      return UNLIMITED;
    }
    if (s.endsWith(")") && s.indexOf('(') >= 0) {
      int open = s.lastIndexOf('(');
      Matcher count = BYTE_COUNT.matcher(Texts.stripSpaces(s.substring(open + 1, s.length() - 1)));
      if (!count.matches()) {
        throw new InvalidValueException(THING, text, "expected \"(n bytes)\" after the size");
      }
      BigInteger exact = new BigInteger(count.group(1).replace(",", ""));
      if (exact.bitLength() > 63) {
        throw new InvalidValueException(THING, text, "too large");
      }
      // Exchange rounds the figure it shows (146.5 MB, 1.465 GB): it must agree to its last digit.
      Quantity shown = quantity(Texts.stripSpaces(s.substring(0, open)), text);
      BigDecimal actual =
          new BigDecimal(exact)
              .divide(BigDecimal.valueOf(shown.multiplier), MathContext.DECIMAL128);
      BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(3, shown.number.scale()));
      if (actual.subtract(shown.number).abs().compareTo(tolerance) >= 0) {
        throw new InvalidValueException(THING, text, "the size and the byte count disagree");
      }
      return ofBytes(exact.longValue());
    }
    Quantity q = quantity(s, text);
    BigDecimal exact = q.number.multiply(BigDecimal.valueOf(q.multiplier));
    if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
      throw new InvalidValueException(THING, text, "not a whole number of bytes");
    }
    if (exact.toBigInteger().bitLength() > 63) {
      throw new InvalidValueException(THING, text, "too large");
    }
    return ofBytes(exact.longValueExact());
  }

  private static final class Quantity {
    final BigDecimal number;
    final long multiplier;

    Quantity(BigDecimal number, long multiplier) {
      this.number = number;
      this.multiplier = multiplier;
    }
  }

  /** Reads {@code <number> [unit]}. */
  private static Quantity quantity(String part, String text) {
    Matcher m = QUANTITY.matcher(part);
    if (!m.matches()) {
      throw new InvalidValueException(THING, text, EXPECTED);
    }
    return new Quantity(new BigDecimal(m.group(1)), multiplier(m.group(2), text));
  }

  private static long multiplier(String unit, String text) {
    String u = unit.toUpperCase(Locale.ROOT);
    return switch (u) {
      case "", "B", "BYTE", "BYTES" -> 1;
      case "KB" -> 1L << 10;
      case "MB" -> 1L << 20;
      case "GB" -> 1L << 30;
      case "TB" -> 1L << 40;
      default ->
          throw new InvalidValueException(
              THING, text, "unknown unit " + Texts.quote(unit) + ": use B, KB, MB, GB or TB");
    };
  }

  /**
   * The size of {@code bytes} bytes.
   *
   * @throws InvalidValueException if {@code bytes} is negative
   */
  public static ByteQuantity ofBytes(long bytes) {
    if (bytes < 0) {
      throw new InvalidValueException(THING, Long.toString(bytes), "must not be negative");
    }
    return new ByteQuantity(bytes);
  }

  /** Whether this is {@code Unlimited}. */
  public boolean isUnlimited() {
    return bytes < 0;
  }

  /** The size in bytes; empty for {@code Unlimited}. */
  public OptionalLong bytes() {
    return isUnlimited() ? OptionalLong.empty() : OptionalLong.of(bytes);
  }

  /** By size, {@code Unlimited} largest. */
  @Override
  public int compareTo(ByteQuantity other) {
    return Long.compareUnsigned(bytes, other.bytes); // -1 (unlimited) is the largest unsigned
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ByteQuantity byteQuantity && byteQuantity.bytes == bytes;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bytes);
  }

  /** The canonical text: {@code 25MB}, {@code 1000B}, {@code Unlimited}. */
  @Override
  public String toString() {
    if (isUnlimited()) {
      return "Unlimited";
    }
    for (int i = 0; i < UNITS.length; i++) {
      long unit = 1L << SHIFTS[i];
      if (bytes != 0 && bytes % unit == 0) {
        return (bytes / unit) + UNITS[i];
      }
    }
    return bytes + "B";
  }
}
