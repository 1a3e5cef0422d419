package io.github.coexist.runbook;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A block of commands or settings, shown verbatim in a fenced code block.
 *
 * @param language the fence's info string: {@code powershell}, {@code ini}, {@code text}
 * @param caption one line above the block (plain text, escaped when rendered), or empty
 * @param text the exact text to type or paste, lines separated by {@code \n}
 */
public record CodeSample(String language, String caption, String text) {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]+");

  /** Checks the language is a plain word (it is written into the fence line). */
  public CodeSample {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(text, "text");
    if (!LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException("not a code language: " + language);
    }
  }

  /** A block without a caption. */
  public static CodeSample of(String language, String text) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    return new CodeSample(language, "", text);
  }
}
