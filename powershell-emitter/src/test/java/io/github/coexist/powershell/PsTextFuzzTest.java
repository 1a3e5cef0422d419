package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.coexist.powershell.PsTokenizer.Token;
import java.nio.charset.StandardCharsets;

/**
 * Any text given to the literal encoder is either refused (naming the field) or becomes exactly one
 * single-quoted token that decodes back to the same text under PowerShell's rules. In the normal
 * build this replays the corpus in {@code PsTextFuzzTestInputs/}.
 */
class PsTextFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void anyTextIsRefusedOrOneTokenThatDecodesToItself(@NotNull byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (PsText.firstUnsafe(text).isPresent()) {
      assertThatThrownBy(() -> PsText.requireSafe("fuzz.field", text))
          .isInstanceOf(UnsafeTextException.class)
          .hasMessageContaining("fuzz.field");
      return;
    }
    String literal = PsText.quote(text);
    assertThat(PsTokenizer.tokenize(literal))
        .containsExactly(new Token(PsTokenizer.Type.QUOTED, text, false));
    assertThat(PsTokenizer.tokenize("Set-X -A " + literal + ",'z'"))
        .containsExactly(
            new Token(PsTokenizer.Type.WORD, "Set-X", false),
            new Token(PsTokenizer.Type.PARAMETER, "A", false),
            new Token(PsTokenizer.Type.QUOTED, text, false),
            new Token(PsTokenizer.Type.COMMA, ",", false),
            new Token(PsTokenizer.Type.QUOTED, "z", false));
  }
}
