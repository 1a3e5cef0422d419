package io.github.coexist.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan-format key rule, implemented independently of the generator so the parity test checks
 * the generated names against the rule, not against themselves.
 */
final class PlanKeys {
  // A run of capitals (with a plural s that belongs to it), a capitalised word, a lone capital,
  // lower-case letters, or digits.
  private static final Pattern WORD =
      Pattern.compile("[A-Z]{2,}s?(?![a-z])|[A-Z][a-z]+|[A-Z](?![a-z])|[a-z]+|[0-9]+");

  private PlanKeys() {}

  static String keyOf(String parameter) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(parameter);
    while (m.find()) {
      words.add(m.group());
    }
    StringBuilder key = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
    for (String word : words.subList(1, words.size())) {
      key.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return key.toString();
  }
}
