package io.github.coexist.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTextTest {
  static Stream<String> hostile() {
    return HostileText.samples(300);
  }

  @Test
  void escapesMarkupAndHtml() {
    assertThat(MarkdownText.inline("[x](http://e) *b* <img src=x> a&b | `c`"))
        .isEqualTo("\\[x\\](http://e) \\*b\\* &lt;img src=x&gt; a&amp;b \\| \\`c\\`");
  }

  @Test
  void leavesProsePunctuationAlone() {
    assertThat(MarkdownText.inline("domino.contoso.com (Connector 1.2) - ok!"))
        .isEqualTo("domino.contoso.com (Connector 1.2) - ok!");
  }

  @Test
  void escapesBlockMarkersOnlyAtTheStart() {
    assertThat(MarkdownText.inline("# a # b")).isEqualTo("\\# a # b");
    assertThat(MarkdownText.inline("- a - b")).isEqualTo("\\- a - b");
    assertThat(MarkdownText.inline("12. a 1. b")).isEqualTo("12\\. a 1. b");
    assertThat(MarkdownText.inline("3) x")).isEqualTo("3\\) x");
    assertThat(MarkdownText.inline("10.1.1.1")).isEqualTo("10.1.1.1");
    assertThat(MarkdownText.inline("7.")).isEqualTo("7\\.");
    assertThat(MarkdownText.inline("1234567890. x")).isEqualTo("1234567890. x");
  }

  @Test
  void showsHiddenCharactersAsCodePoints() {
    assertThat(MarkdownText.inline("a\nb\u0000c\u200Fd\u2028e"))
        .isEqualTo("aU+000AbU+0000cU+200FdU+2028e");
  }

  @Test
  void keepsQuotesAndLettersOfOtherScripts() {
    assertThat(MarkdownText.inline("O’Brien „x“ é \uD83D\uDE00"))
        .isEqualTo("O’Brien „x“ é \uD83D\uDE00");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void inlineTextStaysOnOneLineWithEveryMetacharacterEscaped(String text) {
    String escaped = MarkdownText.inline(text);

    assertThat(escaped).doesNotContain("\n", "\r", "\u0000", "\u200F", "\u2028", "<", ">");
    // Remove each escape pair; what is left has no inline Markdown metacharacter at all.
    String rest = escaped.replaceAll("\\\\[\\\\`*_\\[\\]|~$#+\\-=.)]", "");
    assertThat(rest.chars().filter(c -> "\\`*_[]|~$".indexOf(c) >= 0)).isEmpty();
  }

  @Test
  void fenceIsLongerThanAnyBacktickRunInside() {
    assertThat(MarkdownText.fence("text", "a ```` b")).isEqualTo("`````text\na ```` b\n`````\n");
    assertThat(MarkdownText.fence("powershell", "Get-X")).isEqualTo("```powershell\nGet-X\n```\n");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void noLineOfTheContentClosesTheFence(String text) {
    String block = MarkdownText.fence("text", text);
    String fence = block.substring(0, block.indexOf("text"));
    String[] lines = block.split("\n", -1);

    // The fence line opens, the last line closes; nothing in between starts with the fence.
    assertThat(lines[lines.length - 2]).isEqualTo(fence);
    for (int i = 1; i < lines.length - 2; i++) {
      assertThat(lines[i].strip()).doesNotStartWith(fence);
    }
  }
}
