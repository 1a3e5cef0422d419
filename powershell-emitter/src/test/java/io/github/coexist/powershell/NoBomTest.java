package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.testplans.Judge;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A script without a byte order mark (issue 22, finding 2). Windows PowerShell 5.1 reads it in the
 * ANSI code page, so each script is decoded here as Windows-1252 and tokenized under PowerShell's
 * quote rules: every byte must be ASCII and every call must read back as the model's, for text made
 * of every character whose UTF-8 holds a byte that Windows-1252 decodes to a single quote.
 */
class NoBomTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The non-ASCII bytes Windows-1252 decodes to one of PowerShell's five single quotes. */
  static List<Integer> quoteBytes() {
    List<Integer> bytes = new ArrayList<>();
    for (int b = 0x80; b < 256; b++) {
      String decoded = new String(new byte[] {(byte) b}, WINDOWS_1252);
      if (decoded.length() == 1 && PsText.isSingleQuote(decoded.charAt(0))) {
        bytes.add(b);
      }
    }
    return bytes;
  }

  /**
   * Every character of the Basic Multilingual Plane that a script may hold whose UTF-8 encoding has
   * a quote byte, and a few more: dashes, the euro sign, a CJK character, an emoji.
   */
  static List<String> dangerousCharacters() {
    List<Integer> quotes = quoteBytes();
    List<String> found = new ArrayList<>();
    for (char c = 0x80; c < 0xFFFF; c++) {
      String s = String.valueOf(c);
      if (Character.isSurrogate(c) || PsText.firstUnsafe(s).isPresent()) {
        continue;
      }
      for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
        if (quotes.contains(b & 0xFF)) {
          found.add(s);
          break;
        }
      }
    }
    found.addAll(
        List.of(
            "\u2018",
            "\u2019",
            "\u201A",
            "\u201B",
            "\u2013",
            "\u2014",
            "\u2015",
            "\u20AC",
            "\u4E2D",
            "\uD83D\uDE00"));
    return found;
  }

  /** The dangerous characters, 100 to a text, each text with a quote and a command around it. */
  static Stream<String> texts() {
    List<String> characters = dangerousCharacters();
    List<String> texts = new ArrayList<>();
    texts.add("C\u00C2;Start-Process calc;\u00C2"); // the reproducer
    for (int i = 0; i < characters.size(); i += 100) {
      texts.add(
          "x'"
              + String.join("", characters.subList(i, Math.min(i + 100, characters.size())))
              + ";Start-Process calc;'");
    }
    return texts.stream();
  }

  @Test
  void theQuoteBytesAndCharactersAreWhatTheyShouldBe() {
    // 0x82 is U+201A, 0x91 U+2018, 0x92 U+2019 (U+201B has no Windows-1252 byte).
    assertThat(quoteBytes()).containsExactly(0x82, 0x91, 0x92);
    List<String> characters = dangerousCharacters();
    assertThat(characters).contains("\u00C2", "\u2018", "\u2019", "\u201A", "\u201B");
    assertThat(characters).hasSizeGreaterThan(3000);
    // What the fix prevents: the plain literal read as Windows-1252 ends after "CÃ".
    String utf8AsAnsi =
        new String(
            PsText.quote("C\u00C2;Start-Process calc;\u00C2").getBytes(StandardCharsets.UTF_8),
            WINDOWS_1252);
    assertThat(utf8AsAnsi).startsWith("'C\u00C3\u201A;Start-Process");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PsTokenizer.tokenize("Set-X -A " + utf8AsAnsi))
        .hasMessageStartingWith("quote inside a bare word");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void everyByteIsAsciiAndEveryCallReadsBackUnderAnsi(String text) {
    ValidatedPlan plan = Judge.unchecked(planWith(text));
    for (RenderOptions.LineEnding ending : RenderOptions.LineEnding.values()) {
      RenderOptions options =
          RenderOptions.builder().byteOrderMark(false).lineEnding(ending).build();
      for (PowerShellScript script :
          List.of(PowerShellEmitter.standard().emit(plan), RollbackEmitter.standard().emit(plan))) {
        byte[] bytes = PowerShellRenderer.encode(script, options);
        for (int i = 0; i < bytes.length; i++) {
          assertThat(bytes[i] & 0xFF).as("byte %d", i).isLessThan(0x80);
        }
        String ansi = new String(bytes, WINDOWS_1252);
        HostileTextTest.assertLinesMatchModel(script, ansi);
        // The same text as the file with a BOM, but for the literals and comments rewritten.
        assertThat(PowerShellRenderer.render(script, options).getBytes(StandardCharsets.UTF_8))
            .isEqualTo(bytes);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RenderOptions.LineEnding.class)
  void anAsciiScriptIsTheSameWithOrWithoutBom(RenderOptions.LineEnding ending) {
    ValidatedPlan plan = Judge.unchecked(HostileTextTest.serverPlan());
    PowerShellScript script = PowerShellEmitter.standard().emit(plan);
    String withBom =
        PowerShellRenderer.render(script, RenderOptions.builder().lineEnding(ending).build());
    String withoutBom =
        PowerShellRenderer.render(
            script, RenderOptions.builder().lineEnding(ending).byteOrderMark(false).build());
    assertThat(withoutBom).isEqualTo(withBom);
  }

  @Test
  void nonAsciiTextIsWrittenAsCharCasts() {
    String line = AsciiLiterals.rewrite("Set-X -Name 'Z\u00FCrich''s \u2019\u2019x' # caf\u00E9\n");
    assertThat(line)
        .isEqualTo(
            "Set-X -Name ('Z' + [char]0x00FC + 'rich''s ' + [char]0x2019 + 'x') # caf[U+00E9]\n");
    assertThat(PsTokenizer.tokenize(line.strip()))
        .extracting(PsTokenizer.Token::text)
        .containsExactly("Set-X", "Name", "Z\u00FCrich's \u2019x", " caf[U+00E9]");
  }

  /** The server example with {@code text} in connector names, comments and banners. */
  private static CoexistencePlan planWith(String text) {
    CoexistencePlan base = HostileTextTest.serverPlan();
    return CoexistencePlan.builder()
        .from(base)
        .organization(text)
        .sendConnectors(
            List.of(
                SendConnector.builder()
                    .from(base.sendConnectors().get(0))
                    .name(text)
                    .comment(text)
                    .build()))
        .receiveConnectors(
            base.receiveConnectors().stream()
                .map(
                    r ->
                        ReceiveConnector.builder().from(r).name(text).banner("220 " + text).build())
                .toList())
        .build();
  }
}
