package io.github.coexist.license;

import io.github.coexist.core.text.UnsafeText;
import java.util.Optional;

/**
 * Which characters a line of a license or key file may hold.
 *
 * <p>The characters of {@link UnsafeText#invisible()} are refused (controls, line and paragraph
 * separators, format characters such as the byte order mark, bidi controls and zero width space,
 * unpaired surrogates, spaces other than U+0020, blank lookalikes): a person reading the file must
 * see every character that the signature covers.
 */
final class TextRules {
  private TextRules() {}

  /** The first character of {@code text} that a line may not hold. */
  static Optional<Flaw> firstForbidden(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isForbidden(cp)) {
        return Optional.of(Flaw.at(i, describe(cp)));
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  static boolean isForbidden(int cp) {
    return UnsafeText.invisible().matches(cp);
  }

  static String describe(int cp) {
    String code = codePoint(cp);
    if (cp == '\r') {
      return "carriage return (" + code + "): lines must end with a line feed alone";
    }
    if (cp == '\t') {
      return "tab (" + code + ") is not allowed; use spaces";
    }
    if (cp == 0xFEFF) {
      return "byte order mark (" + code + ") is not allowed";
    }
    if (UnsafeText.loneSurrogates().matches(cp)) {
      return "unpaired surrogate " + code + " is not allowed";
    }
    if (UnsafeText.controls().matches(cp)) {
      return "control character " + code + " is not allowed";
    }
    if (UnsafeText.nonAsciiSpaces().matches(cp)) {
      return "space other than U+0020 (" + code + ") is not allowed";
    }
    if (UnsafeText.blankLookalikes().matches(cp)) {
      return "blank lookalike " + code + " is not allowed";
    }
    return "invisible formatting character " + code + " is not allowed";
  }

  /** {@code U+000D}: the Unicode notation of a code point. */
  static String codePoint(int cp) {
    return UnsafeText.codePoint(cp);
  }

  /**
   * A free-text value (licensee, feature value): not empty, at most {@code maxLength} code points,
   * no space at either end, no forbidden character.
   */
  static Optional<Flaw> freeText(String field, String value, int maxLength) {
    if (value.isEmpty()) {
      return Optional.of(Flaw.at(0, field + " is empty"));
    }
    if (Character.isWhitespace(value.codePointAt(0))) {
      return Optional.of(Flaw.at(0, field + " starts with a space"));
    }
    int last = value.offsetByCodePoints(value.length(), -1);
    if (Character.isWhitespace(value.codePointAt(last))) {
      return Optional.of(Flaw.at(last, field + " ends with a space"));
    }
    Optional<Flaw> forbidden = firstForbidden(value);
    if (forbidden.isPresent()) {
      return forbidden.map(f -> Flaw.at(f.index(), field + ": " + f.message()));
    }
    if (value.codePointCount(0, value.length()) > maxLength) {
      return Optional.of(
          Flaw.at(
              value.offsetByCodePoints(0, maxLength),
              field + " is longer than " + maxLength + " characters"));
    }
    return Optional.empty();
  }
}
