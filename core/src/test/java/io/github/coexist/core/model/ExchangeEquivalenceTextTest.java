package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ExchangeEquivalence#sameText} and {@link ExchangeEquivalence#textHash}, which match names
 * without making keys, say what comparing {@link ExchangeEquivalence#key}s says.
 */
class ExchangeEquivalenceTextTest {
  private static final Attribute NAME = ObjectKind.SEND_CONNECTOR.attribute("name").orElseThrow();
  private static final String LETTERS =
      "aAbBkKsSzZ09 -\u00df\u1e9e\u212a\u00e9\u00c9\u03c3\u03a3\u03c2\u0130i\u0131I";

  static Stream<Arguments> pairs() {
    Random random = new Random(0xC0DE_7E47L);
    return IntStream.range(0, 1_000)
        .mapToObj(
            i -> {
              String a = text(random);
              String b = random.nextInt(3) == 0 ? text(random) : recase(random, a);
              return arguments(a, b);
            });
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i >= 0; i--) {
      text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return text.toString();
  }

  private static String recase(Random random, String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void agreesWithTheKeys(String a, String b) {
    boolean byKeys = ExchangeEquivalence.key(NAME, a).equals(ExchangeEquivalence.key(NAME, b));
    assertThat(ExchangeEquivalence.sameText(a, b)).isEqualTo(byKeys);
    assertThat(ExchangeEquivalence.sameText(b, a)).isEqualTo(byKeys);
    if (byKeys) {
      assertThat(ExchangeEquivalence.textHash(a)).isEqualTo(ExchangeEquivalence.textHash(b));
    }
    assertThat(NAME.sameIn(named(a), named(b))).isEqualTo(byKeys);
  }

  static Stream<String> texts() {
    Random random = new Random(0x7E47_4A54L);
    return IntStream.range(0, 500)
        .mapToObj(
            i -> {
              StringBuilder text = new StringBuilder();
              for (int n = random.nextInt(41); n > 0; n--) {
                text.append(
                    random.nextInt(8) == 0
                        ? LETTERS.charAt(random.nextInt(LETTERS.length()))
                        : (char) (' ' + random.nextInt(95)));
              }
              return text.toString();
            });
  }

  /** The hash of the folded text, whatever its length and wherever its non-ASCII letters stand. */
  @ParameterizedTest
  @MethodSource("texts")
  void hashesTheFoldedText(String text) {
    assertThat(ExchangeEquivalence.textHash(text))
        .isEqualTo(text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).hashCode());
  }

  @ParameterizedTest
  @CsvSource({
    "To Domino, TO DOMINO, true",
    "To Domino, To Domino2, false",
    "Stra\u00dfe, STRASSE, true",
    "\u212a, k, true",
    "EX01, ex01, true",
    "EX01, EX02, false"
  })
  void matchesNamesAsExchangeDoes(String a, String b, boolean same) {
    assertThat(ExchangeEquivalence.sameText(a, b)).isEqualTo(same);
  }

  private static SendConnector named(String name) {
    return SendConnector.builder().name(name.isEmpty() ? "x" : name).build();
  }
}
