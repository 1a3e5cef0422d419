package io.github.coexist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Platform;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How findings name values: hostile text comes out as one inert, quoted line. */
class ShowTest {
  @Test
  void quotesAndEscapesHostileText() {
    assertThat(Show.quoted("a\nb\r\u0000c")).isEqualTo("\"a\\u000Ab\\u000D\\u0000c\"");
    assertThat(Show.quoted("rtl\u200Fmark")).isEqualTo("\"rtl\\u200Fmark\"");
    assertThat(Show.quoted("say \"hi\" \\ there")).isEqualTo("\"say \\\"hi\\\" \\\\ there\"");
    assertThat(Show.quoted("lone\uD800")).isEqualTo("\"lone\\uD800\"");
  }

  @Test
  void keepsPrintableTextAsItIs() {
    String text = "it's \u2018x\u2019 \u201Cy\u201D `z` $(w) \u00E9t\u00E9 \uD83D\uDE00";
    assertThat(Show.quoted(text)).isEqualTo("\"" + text + "\"");
  }

  @Test
  void listsNameAHandfulOfValues() {
    assertThat(Show.list(List.of(1, 2, 3))).isEqualTo("1, 2, 3");
    List<Integer> many = IntStream.range(0, 100_000).boxed().collect(Collectors.toList());
    assertThat(Show.list(many)).isEqualTo("0, 1, 2, 3, 4 and 99995 more");
    assertThat(Show.names(List.of("EX01", "a\nb"))).isEqualTo("\"EX01\", \"a\\u000Ab\"");
  }

  @Test
  void namesPlatformsAsMicrosoftDoes() {
    assertThat(Show.platforms(EnumSet.of(Platform.EXCHANGE_ONLINE, Platform.EXCHANGE_2016)))
        .isEqualTo("Exchange Server 2016, Exchange Online");
    assertThat(Show.platform(Platform.EXCHANGE_SE)).isEqualTo("Exchange Server SE");
    assertThat(Show.platforms(EnumSet.noneOf(Platform.class))).isEqualTo("no platform");
  }
}
