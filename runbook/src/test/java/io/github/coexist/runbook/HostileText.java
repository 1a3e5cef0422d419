package io.github.coexist.runbook;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Fixed-seed generator of hostile text for the escaping property tests. */
final class HostileText {
  /** Pieces that mean something to Markdown, HTML, Mermaid, shells or readers. */
  static final List<String> PIECES =
      List.of(
          "a",
          "Z",
          "9",
          " ",
          ".",
          "-",
          "*",
          "_",
          "`",
          "```",
          "~~~",
          "#",
          "[x](http://e)",
          "![i](j)",
          "<img src=x onerror=alert(1)>",
          "</script>",
          "&amp;",
          "&#35;",
          "|",
          "\\",
          "$(",
          "${x}",
          "\"",
          "'",
          "\u2018",
          "\u2019",
          "\u201A",
          "\u201B",
          "\u201C",
          "\u201D",
          "\u201E",
          "\n",
          "\r\n",
          "\u0000",
          "\u200F",
          "\u2028",
          "\uFEFF",
          "%s",
          ";",
          "]",
          ")",
          "-->",
          "click",
          "%%{init}%%",
          "1. ",
          "> ",
          "é",
          "\uD83D\uDE00");

  private HostileText() {}

  /** {@code count} strings of 1 to 12 pieces, the same on every run. */
  static Stream<String> samples(int count) {
    Random random = new Random(20261127L);
    return IntStream.range(0, count)
        .mapToObj(
            i -> {
              StringBuilder text = new StringBuilder();
              int n = 1 + random.nextInt(12);
              for (int j = 0; j < n; j++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
              }
              return text.toString();
            });
  }
}
