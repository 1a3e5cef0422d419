package io.github.coexist.core.rules;

import io.github.coexist.core.model.Platform;
import io.github.coexist.core.text.UnsafeText;
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
   * Whether {@code codePoint} is {@linkplain UnsafeText#invisible() control or invisible}: the one
   * text policy every layer shares.
   */
  static boolean isControlOrInvisible(int codePoint) {
    return UnsafeText.invisible().matches(codePoint);
  }

  /**
   * The index of the first code point of {@code text} that {@link #isControlOrInvisible} reports,
   * or -1 when there is none.
   */
  static int firstControlOrInvisible(String text) {
    return UnsafeText.invisible().indexIn(text);
  }

  /** {@code U+000A}: how a message names a code point. */
  static String codePoint(int codePoint) {
    return UnsafeText.codePoint(codePoint);
  }

  /** {@code Exchange Online}, {@code Exchange Server 2019}, ... */
  static String platform(Platform platform) {
    switch (platform) {
      case EXCHANGE_ONLINE:
        return "Exchange Online";
      case EXCHANGE_SE:
        return "Exchange Server SE";
      default:
        return "Exchange Server " + platform.name().substring("EXCHANGE_".length());
    }
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
