package io.github.coexist.planio;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The two syntaxes of a plan file: the same keys and values, YAML or JSON. */
public enum PlanFormat {
  /** YAML ({@code .yaml}, {@code .yml}): the format {@code coexist init} writes by default. */
  YAML,
  /** JSON ({@code .json}). */
  JSON;

  /** The format a file name's extension names: {@code .json}, {@code .yaml} or {@code .yml}. */
  public static Optional<PlanFormat> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /**
   * The format of {@code content} named {@code source}: by the name's extension, otherwise JSON
   * when the first character that is not white space is <code>{</code>, otherwise YAML.
   */
  public static PlanFormat detect(String source, String content) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Optional<PlanFormat> byName = fromFileName(source);
    if (byName.isPresent()) {
      return byName.get();
    }
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' ? JSON : YAML;
      }
    }
    return YAML;
  }
}
