package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.powershell.PsTokenizer.Token;
import io.github.coexist.powershell.PsTokenizer.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: every text that can be emitted becomes exactly one token that decodes back to itself
 * under PowerShell's rules (the in-test {@link PsTokenizer}), wherever it sits on a line. Fixed
 * seeds: 12 batches of 1,000 strings.
 */
class LiteralPropertyTest {
  static final int BATCHES = 12;
  static final int PER_BATCH = 1_000;

  /** Every quote and dash PowerShell knows, its syntax, and Unicode around them. */
  static final String ALPHABET =
      "'\u2018\u2019\u201A\u201B"
          + "\"\u201C\u201D\u201E"
          + "-\u2013\u2014\u2015\u2010\u2011\u2012\u2212"
          + "`$(){}[]@#<>;|&,.:=+*%!?~^\\/ "
          + "aZ09_\u00E9\u00DF\u0130\u4E2D\u0627\u00C2\u0152";

  static Stream<Long> seeds() {
    return IntStream.range(0, BATCHES).mapToObj(i -> 1_000_003L * (i + 1));
  }

  static String random(Random random) {
    int length = random.nextInt(41);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int choice = random.nextInt(10);
      if (choice == 0) {
        s.append("$(");
      } else if (choice == 1) {
        s.appendCodePoint(0x1F600 + random.nextInt(40)); // a surrogate pair
      } else if (choice == 2) {
        s.append(ALPHABET.charAt(random.nextInt(5))); // quotes, more often
      } else {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return s.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyLiteralIsOneTokenThatDecodesToItself(long seed) {
    Random random = new Random(seed);
    int checked = 0;
    for (int i = 0; i < PER_BATCH; i++) {
      String text = random(random);
      String literal = PsText.quote(text);
      // Alone, then between parameters, then as a list element: the same single token.
      assertThat(PsTokenizer.tokenize(literal))
          .containsExactly(new Token(Type.QUOTED, text, false));
      List<Token> line = PsTokenizer.tokenize("Set-X -A " + literal + " -B " + literal + ",'z'");
      assertThat(line)
          .containsExactly(
              new Token(Type.WORD, "Set-X", false),
              new Token(Type.PARAMETER, "A", false),
              new Token(Type.QUOTED, text, false),
              new Token(Type.PARAMETER, "B", false),
              new Token(Type.QUOTED, text, false),
              new Token(Type.COMMA, ",", false),
              new Token(Type.QUOTED, "z", false));
      checked++;
    }
    assertThat(checked).isEqualTo(PER_BATCH);
  }

  @Test
  void doublesEveryOneOfTheFiveSingleQuotes() {
    assertThat(PsText.quote("a'b\u2018c\u2019d\u201Ae\u201Bf"))
        .isEqualTo("'a''b\u2018\u2018c\u2019\u2019d\u201A\u201Ae\u201B\u201Bf'");
    assertThat(PsText.quote("")).isEqualTo("''");
  }

  @Test
  void leavesEverythingElseAsItIs() {
    String text = "$(Remove-Item C:\\) `n \"x\" \u201Cy\u201D \u2013Identity @{a=1} #> <#";
    assertThat(PsText.quote(text)).isEqualTo("'" + text + "'");
  }

  @Test
  void aTokenizerThatIgnoredOneOfTheQuotesWouldBeCaught() {
    // The test's own oracle must be able to fail: an undoubled U+2019 ends the string early.
    assertThatThrownBy(() -> PsTokenizer.tokenize("'O\u2019Brien'"))
        .hasMessageContaining("quote inside a bare word");
    assertThat(PsTokenizer.tokenize("'O\u2019\u2019Brien'"))
        .containsExactly(new Token(Type.QUOTED, "O\u2019Brien", false));
  }

  @Test
  void refusesEveryControlAndLineSeparatorCharacter() {
    List<Integer> refused = new ArrayList<>();
    for (int c = 0; c <= 0x9F; c++) {
      if (c < 0x20 || c >= 0x7F) {
        refused.add(c);
      }
    }
    refused.addAll(List.of(0x2028, 0x2029, 0x200E, 0x200F, 0x202E, 0x2066, 0xFEFF, 0xD800, 0xDFFF));
    for (int c : refused) {
      String text = "ab" + (char) c + "cd";
      assertThatThrownBy(() -> PsText.quote(text))
          .as("U+%04X", c)
          .isInstanceOf(UnsafeTextException.class)
          .hasMessageContaining(String.format(java.util.Locale.ROOT, "U+%04X at index 2", c));
    }
    assertThat(refused).contains(0x09, 0x0A, 0x0D, 0x00, 0x85, 0x7F);
  }

  @Test
  void acceptsSurrogatePairsAndRefusesWhatValidationRefuses() {
    assertThat(PsText.firstUnsafe("a\u00E9b\uD83D\uDE00")).isEmpty();
    // Joiners, other spaces and blank lookalikes: COEX-XOBJ-007 refuses them in every name.
    assertThat(PsText.firstUnsafe("a\u200Cb")).contains("format character U+200C at index 1");
    assertThat(PsText.firstUnsafe("a\u00A0b"))
        .contains("space other than U+0020 U+00A0 at index 1");
    assertThat(PsText.firstUnsafe("a\u3164")).contains("blank lookalike U+3164 at index 1");
  }
}
