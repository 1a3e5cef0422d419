package io.github.coexist.core.domino;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.NotesIniCharset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The one size limit of a notes.ini value, counted in LMBCS bytes (an upper bound). */
class ValueSizeTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "Exchange, 8",
    "Z\u00fcrich, 6",
    "\u00e9\u00e8\u00c7\u00df, 4",
    "\u03a9mega, 7",
    "\u041f\u0430\u043c\u044f\u0442\u043a\u0430, 21",
    "\u6771\u4eac, 6",
    "\ud83d\ude00, 6"
  })
  void asciiAndCodePage850AreOneByteOthersAtMostThreeOrSix(String value, int bytes) {
    assertThat(ValueSize.lmbcsBytes(value)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @CsvSource({"255, true", "256, false"})
  void twoHundredFiftyFiveFit(int length, boolean fits) {
    assertThat(ValueSize.fits("a".repeat(length), StandardCharsets.US_ASCII)).isEqualTo(fits);
  }

  @org.junit.jupiter.api.Test
  void theLargerOfLmbcsAndTheFilesBytesCounts() {
    String umlauts = "\u00fc".repeat(200);
    assertThat(ValueSize.bytes(umlauts, NotesIniCharset.WINDOWS_1252.charset())).isEqualTo(200);
    assertThat(ValueSize.bytes(umlauts, StandardCharsets.UTF_8)).isEqualTo(400);
    assertThat(ValueSize.fits(umlauts, StandardCharsets.UTF_8)).isFalse();
  }

  /** The size checked is never below the value's bytes in a charset coexist writes notes.ini in. */
  @ParameterizedTest
  @EnumSource(NotesIniCharset.class)
  void theBoundCoversTheBytesInEveryPlanCharset(NotesIniCharset charset) {
    CharsetEncoder encoder = charset.charset().newEncoder();
    for (int cp = 0x20; cp < 0x20000; cp += cp < 0x3000 ? 1 : 7) {
      if (!Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE) {
        continue;
      }
      String text = new String(Character.toChars(cp));
      if (encoder.canEncode(text)) {
        assertThat(ValueSize.bytes(text, charset.charset()))
            .as("U+%04X in %s", cp, charset)
            .isGreaterThanOrEqualTo(text.getBytes(charset.charset()).length);
      }
    }
  }
}
