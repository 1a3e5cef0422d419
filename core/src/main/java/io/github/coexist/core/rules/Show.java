package io.github.coexist.core.rules;

import io.github.coexist.core.model.Platform;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How diagnostics name values: free text from the plan is quoted and escaped, so a hostile name
 * (line breaks, NUL, bidi controls) comes out as inert, one-line text.
 */
final class Show {
  private Show() {}

  /** {@code "text"}, with controls, format characters and lone surrogates as {@code \\uXXXX}. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (needsEscape(text, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return isControlOrInvisible(c);
  }

  /**
   * Whether {@code codePoint} is a C0/C1 control, DEL, a line or paragraph separator, an invisible
   * format character (bidi marks, zero-width characters), a lone surrogate, a space other than
   * U+0020 (general category Zs: no-break space U+00A0, Ogham space mark U+1680, U+2000-U+200A,
   * U+3000, ...) or a character that displays as nothing though it is a letter, mark or symbol
   * (Unicode's default-ignorable code points such as U+034F and the Hangul fillers U+115F, U+1160,
   * U+3164, U+FFA0; variation selectors; the blank Braille pattern U+2800): "A" and "A\u3164" look
   * the same and are different names.
   */
  static boolean isControlOrInvisible(int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x7F) {
      return false; // printable ASCII, nearly every character of a plan
    }
    int type = Character.getType(codePoint);
    return codePoint < 0x20
        || (codePoint >= 0x7F && codePoint <= 0x9F)
        || codePoint == 0x2028
        || codePoint == 0x2029
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.SPACE_SEPARATOR
        || isBlankLookalike(codePoint);
  }

  private static boolean isBlankLookalike(int cp) {
    return cp == 0x034F // combining grapheme joiner
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0 // Hangul fillers
        || cp == 0x17B4
        || cp == 0x17B5 // Khmer inherent vowels
        || (cp >= 0x180B && cp <= 0x180F) // Mongolian selectors and vowel separator
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF) // variation selectors
        || cp == 0x2800; // Braille pattern blank
  }

  /**
   * The index of the first code point of {@code text} that {@link #isControlOrInvisible} reports,
   * or -1 when there is none.
   */
  static int firstControlOrInvisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isControlOrInvisible(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** {@code U+000A}: how a message names a code point. */
  static String codePoint(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /** {@code Exchange Online}, {@code Exchange Server 2019}, ... */
  static String platform(Platform platform) {
    return switch (platform) {
      case EXCHANGE_ONLINE -> "Exchange Online";
      case EXCHANGE_SE -> "Exchange Server SE";
      default -> "Exchange Server " + platform.name().substring("EXCHANGE_".length());
    };
  }

  /** The platforms, in enum order, joined with commas; {@code no platform} when empty. */
  static String platforms(Collection<Platform> platforms) {
    if (platforms.isEmpty()) {
      return "no platform";
    }
    return platforms.stream().sorted().map(Show::platform).collect(Collectors.joining(", "));
  }

  /** A message names at most this many values of a list, then says how many more there are. */
  static final int LIST_LIMIT = 5;

  /** Free-text names, each {@linkplain #quoted quoted}, joined as {@link #list} joins. */
  static String names(Collection<String> names) {
    return list(names.stream().map(Show::quoted).collect(Collectors.toList()));
  }

  /**
   * Values joined with {@code ", "} in the given order; beyond {@value #LIST_LIMIT} values, {@code
   * "and N more"}, so a plan with 100,000 ranges still gets one-line messages.
   */
  static String list(Collection<?> values) {
    String shown =
        values.stream().limit(LIST_LIMIT).map(String::valueOf).collect(Collectors.joining(", "));
    return values.size() > LIST_LIMIT
        ? shown + " and " + (values.size() - LIST_LIMIT) + " more"
        : shown;
  }
}
