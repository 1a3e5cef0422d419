package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.InternetDomainName;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SmtpDomain#parse} checks the syntax of a name itself, in one pass, instead of asking
 * Guava's {@link InternetDomainName} afterwards (a snapshot parses every domain of an
 * organisation). Guava stays the oracle here: for names of ASCII letters, digits, hyphens and dots
 * the two agree exactly, and every name coexist accepts (wildcards and internationalised names
 * included) is one Guava accepts.
 */
class SmtpDomainGuavaAgreementTest {
  private static final long SEED = 0x5EED_D0A1L;
  private static final String LDH = "abcXYZ019-.";
  private static final String ANY = LDH + "_*. -äßÖ\u0301\u3002\u200f";

  static Stream<String> ldhNames() {
    Random random = new Random(SEED);
    return IntStream.range(0, 1_500).mapToObj(i -> name(random, LDH));
  }

  static Stream<String> anyNames() {
    Random random = new Random(SEED + 1);
    return IntStream.range(0, 1_500).mapToObj(i -> name(random, ANY));
  }

  /** Short names mostly, with labels near 63 and names near 253 characters now and then. */
  private static String name(Random random, String alphabet) {
    StringBuilder name = new StringBuilder();
    int labels = 1 + random.nextInt(random.nextInt(10) == 0 ? 130 : 4);
    for (int l = 0; l < labels; l++) {
      if (l > 0) {
        name.append('.');
      }
      int length = random.nextInt(8) == 0 ? 60 + random.nextInt(6) : random.nextInt(8);
      for (int i = 0; i < length; i++) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return name.toString();
  }

  @Test
  void generatesNamesOnBothSidesOfTheRules() {
    long accepted = ldhNames().filter(SmtpDomainGuavaAgreementTest::accepts).count();
    assertThat(accepted).isBetween(150L, 1_350L);
  }

  @ParameterizedTest
  @MethodSource("ldhNames")
  void agreesWithGuavaOnLetterDigitHyphenNames(String name) {
    boolean guava = !name.endsWith(".") && InternetDomainName.isValid(name);
    assertThat(accepts(name)).as(name).isEqualTo(guava);
  }

  @ParameterizedTest
  @MethodSource("anyNames")
  void acceptsOnlyNamesGuavaAccepts(String name) {
    if (accepts(name)) {
      SmtpDomain domain = SmtpDomain.parse(name);
      if (!domain.isStar()) {
        assertThat(InternetDomainName.isValid(domain.base().toString())).as(name).isTrue();
      }
      assertThat(domain.labels()).isEqualTo(java.util.List.of(domain.toString().split("\\.")));
    }
  }

  private static boolean accepts(String name) {
    try {
      SmtpDomain.parse(name);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
