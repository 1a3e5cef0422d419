package io.github.coexist.powershell;

import io.github.coexist.core.text.UnsafeText;
import java.util.Objects;
import java.util.Optional;

/**
 * PowerShell's single-quoted string literal, the only form user text takes in an emitted script.
 *
 * <p>Inside single quotes PowerShell expands nothing (no {@code $}, no backtick, no {@code $(}); it
 * ends the string at any of the five characters it treats as a single quote, U+0027 ' , U+2018 ‘ ,
 * U+2019 ’ , U+201A ‚ and U+201B ‛ , and reads two of them in a row as one literal quote (the
 * second of the pair is kept). Doubling every such character therefore keeps the text one token
 * that decodes to itself:
 *
 * <pre>{@code
 * PsText.quote("O'Brien’s $(x)")   // 'O''Brien’’s $(x)'
 * }</pre>
 *
 * <p>Control characters cannot be made safe this way: a line break inside a literal splits what a
 * reader (and a line-based checker) takes for one statement, NUL truncates text in some tools, and
 * Windows PowerShell 5.1 treats U+0085, U+2028 and U+2029 inconsistently. Text holding a character
 * of {@link UnsafeText#invisible()} is refused: controls (TAB included), line separators, lone
 * surrogates (not encodable in UTF-8), format characters that reorder or hide text (bidi controls,
 * zero-width characters, BOM), spaces other than U+0020 and blank lookalikes, exactly what
 * validation refuses in a name or value.
 */
public final class PsText {
  private PsText() {}

  /** Whether PowerShell's tokenizer treats {@code c} as a single quote. */
  public static boolean isSingleQuote(char c) {
    return UnsafeText.powerShellSingleQuotes().matches(c);
  }

  /**
   * The literal for {@code text}.
   *
   * @throws UnsafeTextException if the text holds a character {@link #firstUnsafe} reports
   */
  public static String quote(String text) {
    requireSafe("value", text);
    return appendQuoted(new StringBuilder(text.length() + 2), text).toString();
  }

  /**
   * Appends the literal of text that has already passed {@link #requireSafe} (a {@link
   * PsValue.Text} has, when it was made): the renderer writes straight into its output.
   */
  static StringBuilder appendQuoted(StringBuilder out, String safeText) {
    out.append('\'');
    int firstQuote = 0;
    while (firstQuote < safeText.length() && !isSingleQuote(safeText.charAt(firstQuote))) {
      firstQuote++;
    }
    out.append(safeText, 0, firstQuote); // most text has no quote at all: one bulk copy
    for (int i = firstQuote; i < safeText.length(); i++) {
      char c = safeText.charAt(i);
      if (isSingleQuote(c)) {
        out.append(c);
      }
      out.append(c);
    }
    return out.append('\'');
  }

  /**
   * Refuses text that cannot be emitted, naming {@code field} (a plan path such as {@code
   * receiveConnectors[0].banner}) in the message.
   *
   * @throws UnsafeTextException if the text holds a character {@link #firstUnsafe} reports
   */
  public static String requireSafe(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    Optional<String> problem = firstUnsafe(text);
    if (problem.isPresent()) {
      throw new UnsafeTextException(field, problem.get());
    }
    return text;
  }

  /**
   * {@link #requireSafe(String, String)} for element {@code index} of the list at {@code
   * listField}: the element's path ({@code listField[index]}) is built only for the message, as a
   * list may hold 100,000 entries.
   */
  static String requireSafe(String listField, int index, String text) {
    Optional<String> problem = firstUnsafe(text);
    if (problem.isPresent()) {
      throw new UnsafeTextException(listField + "[" + index + "]", problem.get());
    }
    return text;
  }

  /**
   * A description of the first character of {@code text} that is refused, if there is one: a
   * character of {@link UnsafeText#invisible()}, the policy validation applies to every name and
   * value (COEX-XOBJ-007), so a validated plan never meets this refusal.
   */
  public static Optional<String> firstUnsafe(String text) {
    int at = UnsafeText.invisible().indexIn(text);
    if (at < 0) {
      return Optional.empty();
    }
    int cp = text.codePointAt(at);
    return Optional.of(UnsafeText.kindOf(cp) + " " + UnsafeText.codePoint(cp) + " at index " + at);
  }
}
