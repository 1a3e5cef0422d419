package io.github.coexist.planio;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits a plan file must keep, checked before it is parsed, so that any input, an endless one
 * included ({@code /dev/zero}), is read or refused at once with one line naming the place. A real
 * plan is far inside them: the largest recommended plan is a few kilobytes, its longest line a
 * hundred characters, its deepest value four levels down.
 *
 * <ul>
 *   <li>{@value #MAX_CHARS} characters (about 4 MB) per file; a longer input is not read further;
 *   <li>{@value #MAX_LINE_CHARS} characters per line, and per string or key, however written (a
 *       YAML block scalar spans lines);
 *   <li>{@value #MAX_DEPTH} levels of nesting;
 *   <li>{@value #MAX_NUMBER_CHARS} characters per number.
 * </ul>
 *
 * <p>The parsers keep the same limits themselves (Jackson's {@link StreamReadConstraints},
 * SnakeYAML's {@link LoaderOptions}), so nothing inside the file can make them work harder: the
 * YAML reader's handling of one 10 MB token took 40 seconds.
 */
public final class PlanLimits {
  /** The most characters a plan file may have. */
  public static final int MAX_CHARS = 4 * 1024 * 1024;

  /** The most characters of one line, string or key. */
  public static final int MAX_LINE_CHARS = 8192;

  /** The deepest nesting of mappings and sequences. */
  public static final int MAX_DEPTH = 32;

  /** The most characters of one number. */
  public static final int MAX_NUMBER_CHARS = 64;

  private PlanLimits() {}

  static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(MAX_CHARS)
        .maxStringLength(MAX_LINE_CHARS + 1) // TreeParser names the place of a longer one
        .maxNameLength(MAX_LINE_CHARS)
        .maxNestingDepth(MAX_DEPTH + 1) // TreeParser refuses MAX_DEPTH + 1 with its place
        .maxNumberLength(MAX_NUMBER_CHARS)
        .build();
  }

  static LoaderOptions yamlOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    options.setMaxAliasesForCollections(0);
    options.setAllowDuplicateKeys(true); // reported with both places by TreeParser
    return options;
  }

  /** The refusal of a file over {@link #MAX_CHARS}. */
  static PlanFileException tooLong(String source) {
    return new PlanFileException(
        SourceLocation.of(source, 1, 1),
        String.format(
            Locale.ROOT,
            "the file is longer than %,d characters, the limit for a plan file",
            MAX_CHARS));
  }

  /** Refuses text over the size or line limits, naming the place; before any parsing. */
  static void check(String source, String text) {
    if (text.length() > MAX_CHARS) {
      throw tooLong(source);
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_LINE_CHARS) {
          throw new PlanFileException(
              SourceLocation.of(source, line, MAX_LINE_CHARS + 1),
              String.format(
                  Locale.ROOT,
                  "line %d is longer than %,d characters, the limit for a line of a plan file",
                  line,
                  MAX_LINE_CHARS));
        }
        line++;
        start = i + 1;
      }
    }
  }
}
