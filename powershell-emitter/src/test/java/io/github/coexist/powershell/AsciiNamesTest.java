package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written name checks accept exactly what the regular expressions they replaced accept:
 * for each shape, 20,000 strings from a fixed seed, built from the characters that matter (letters
 * of both cases, digits, dash, dot, brackets) and a few that never belong (space, underscore,
 * non-ASCII letters and digits, a quote), many of them mutations of valid names.
 */
class AsciiNamesTest {
  private static final String ALPHABET = "AZaz09Gg5-.[] _é٣'";
  private static final String[] VALID = {
    "Set-RemoteDomain",
    "New-ReceiveConnector",
    "receiveConnectors[12].remoteIpRanges",
    "System.String",
    "TranscriptPath"
  };

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("word", "[A-Za-z][A-Za-z0-9]*", (Predicate<String>) AsciiNames::isWord),
        Arguments.of(
            "type name", "[A-Za-z][A-Za-z0-9.]*", (Predicate<String>) AsciiNames::isTypeName),
        Arguments.of(
            "cmdlet name",
            "[A-Z][a-z]+-[A-Za-z0-9]+",
            (Predicate<String>) AsciiNames::isCmdletName),
        Arguments.of(
            "plan path",
            "[A-Za-z][A-Za-z0-9]*(\\[[0-9]+\\]|\\.[A-Za-z][A-Za-z0-9]*)*",
            (Predicate<String>) AsciiNames::isPlanPath));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void agreesWithTheRegularExpression(String shape, String regex, Predicate<String> check) {
    Pattern pattern = Pattern.compile(regex);
    SplittableRandom random = new SplittableRandom(0xC0E715L);
    int accepted = 0;
    for (int n = 0; n < 20_000; n++) {
      String candidate = n % 2 == 0 ? randomText(random) : mutate(random);
      boolean expected = pattern.matcher(candidate).matches();
      assertThat(check.test(candidate)).as("%s of \"%s\"", shape, candidate).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    // The generator must reach both answers, or the comparison proves little.
    assertThat(accepted).as("accepted %s candidates", shape).isBetween(200, 19_800);
  }

  private static String randomText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(0, 10);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  private static String mutate(SplittableRandom random) {
    StringBuilder text = new StringBuilder(VALID[random.nextInt(VALID.length)]);
    int edits = random.nextInt(0, 3);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(3)) {
        case 0 -> text.setCharAt(at, c);
        case 1 -> text.insert(at, c);
        default -> text.deleteCharAt(at);
      }
    }
    return text.toString();
  }
}
