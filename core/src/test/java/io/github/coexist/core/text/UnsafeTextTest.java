package io.github.coexist.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnsafeTextTest {
  private static final List<UnsafeText> ALL =
      List.of(
          UnsafeText.controls(),
          UnsafeText.lineBreaks(),
          UnsafeText.lineSeparators(),
          UnsafeText.format(),
          UnsafeText.bidiControls(),
          UnsafeText.joiners(),
          UnsafeText.loneSurrogates(),
          UnsafeText.nonAsciiSpaces(),
          UnsafeText.blankLookalikes(),
          UnsafeText.powerShellSingleQuotes(),
          UnsafeText.powerShellDoubleQuotes(),
          UnsafeText.doubleQuote(),
          UnsafeText.nonAscii(),
          UnsafeText.escapedInMessages(),
          UnsafeText.invisible(),
          UnsafeText.notesIniConsoleValue());

  @Test
  void categoriesFollowUnicodeGeneralCategories() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int type = Character.getType(cp);
      assertThat(UnsafeText.controls().matches(cp)).isEqualTo(type == Character.CONTROL);
      assertThat(UnsafeText.format().matches(cp)).isEqualTo(type == Character.FORMAT);
      assertThat(UnsafeText.loneSurrogates().matches(cp)).isEqualTo(type == Character.SURROGATE);
      assertThat(UnsafeText.lineSeparators().matches(cp))
          .isEqualTo(type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
      assertThat(UnsafeText.nonAsciiSpaces().matches(cp))
          .isEqualTo(type == Character.SPACE_SEPARATOR && cp != ' ');
      assertThat(UnsafeText.nonAscii().matches(cp)).isEqualTo(cp > 0x7F);
    }
  }

  @Test
  void policiesAreCompositionsOfTheCategories() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean escaped =
          UnsafeText.controls().matches(cp)
              || UnsafeText.lineSeparators().matches(cp)
              || UnsafeText.format().matches(cp)
              || UnsafeText.loneSurrogates().matches(cp);
      boolean invisible =
          escaped
              || UnsafeText.nonAsciiSpaces().matches(cp)
              || UnsafeText.blankLookalikes().matches(cp);
      assertThat(UnsafeText.escapedInMessages().matches(cp)).as("U+%04X", cp).isEqualTo(escaped);
      assertThat(UnsafeText.invisible().matches(cp)).as("U+%04X", cp).isEqualTo(invisible);
      assertThat(UnsafeText.notesIniConsoleValue().matches(cp))
          .as("U+%04X", cp)
          .isEqualTo(invisible || cp == '"');
      if (UnsafeText.bidiControls().matches(cp) || UnsafeText.joiners().matches(cp)) {
        assertThat(UnsafeText.format().matches(cp)).as("U+%04X", cp).isTrue();
      }
      if (UnsafeText.lineBreaks().matches(cp)) {
        assertThat(UnsafeText.escapedInMessages().matches(cp)).as("U+%04X", cp).isTrue();
      }
    }
  }

  @Test
  void smallCategoriesHoldExactlyTheDocumentedCharacters() {
    assertThat(members(UnsafeText.bidiControls()))
        .containsExactly(
            0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
            0x2069);
    assertThat(members(UnsafeText.joiners())).containsExactly(0x200C, 0x200D);
    assertThat(members(UnsafeText.powerShellSingleQuotes()))
        .containsExactly(0x27, 0x2018, 0x2019, 0x201A, 0x201B);
    assertThat(members(UnsafeText.powerShellDoubleQuotes()))
        .containsExactly(0x22, 0x201C, 0x201D, 0x201E);
    assertThat(members(UnsafeText.lineBreaks()))
        .containsExactly(0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029);
    assertThat(members(UnsafeText.blankLookalikes()))
        .contains(0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0xFE0F, 0xE0100, 0xE01EF)
        .doesNotContain(0x20, 0x41, 0x3163);
  }

  @Test
  void printableAsciiIsOnlyRefusedForItsQuotes() {
    for (int cp = 0x20; cp < 0x7F; cp++) {
      assertThat(UnsafeText.invisible().matches(cp)).isFalse();
      assertThat(UnsafeText.notesIniConsoleValue().matches(cp)).isEqualTo(cp == '"');
    }
  }

  @Test
  void indexInWalksCodePointsAndSeesLoneSurrogates() {
    assertThat(UnsafeText.invisible().indexIn("Contoso\u200B")).isEqualTo(7);
    assertThat(UnsafeText.invisible().indexIn("a\uD83D\uDE00b")).isEqualTo(-1); // emoji pair
    assertThat(UnsafeText.invisible().indexIn("a\uDE00b")).isEqualTo(1); // lone low surrogate
    assertThat(UnsafeText.invisible().indexIn("ab\uD83D")).isEqualTo(2); // lone high at the end
    assertThat(UnsafeText.invisible().indexIn("x\uDB40\uDC01")).isEqualTo(1); // tag U+E0001
    assertThat(UnsafeText.invisible().matchesNoneOf("O'Brien’s $(x)")).isTrue();
    assertThat(UnsafeText.powerShellSingleQuotes().matchesAnyOf("O’Brien")).isTrue();
  }

  @Test
  void edgeSpacesAreU0020AtEitherEnd() {
    assertThat(UnsafeText.hasEdgeSpace(" a")).isTrue();
    assertThat(UnsafeText.hasEdgeSpace("a ")).isTrue();
    assertThat(UnsafeText.hasEdgeSpace("a b")).isFalse();
    assertThat(UnsafeText.hasEdgeSpace("")).isFalse();
    assertThat(UnsafeText.hasEdgeSpace("a\u00A0")).isFalse(); // nonAsciiSpaces, not an edge space
  }

  @Test
  void exceptAndNamedCompose() {
    UnsafeText formatButJoiners = UnsafeText.format().except(UnsafeText.joiners());
    assertThat(formatButJoiners.matches(0x200B)).isTrue();
    assertThat(formatButJoiners.matches(0x200D)).isFalse();
    assertThat(UnsafeText.invisible().named("names").toString()).isEqualTo("UnsafeText.names");
    assertThat(UnsafeText.kindOf(0x0A)).isEqualTo("control character");
    assertThat(UnsafeText.kindOf(0x2028)).isEqualTo("line separator");
    assertThat(UnsafeText.kindOf(0xD800)).isEqualTo("lone surrogate");
    assertThat(UnsafeText.kindOf(0x202E)).isEqualTo("format character");
    assertThat(UnsafeText.kindOf(0x00A0)).isEqualTo("space other than U+0020");
    assertThat(UnsafeText.kindOf(0x3164)).isEqualTo("blank lookalike");
    assertThat(ALL).doesNotHaveDuplicates();
  }

  private static List<Integer> members(UnsafeText category) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (category.matches(cp)) {
        out.add(cp);
      }
    }
    return out;
  }
}
