package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plan files over the {@link PlanLimits} are refused before they are parsed (issue 22, finding 4):
 * one line naming the place, for any size and shape of input, an endless one included.
 */
class PlanLimitsTest {
  private static final String HEAD = "formatVersion: 1\n";

  static Stream<Arguments> overTheLimits() {
    String longLine = "x".repeat(PlanLimits.MAX_LINE_CHARS + 1);
    return Stream.of(
        Arguments.of(
            "a comment of 10 MB",
            "p.yaml",
            "# " + "x".repeat(10_000_000) + "\n",
            "p.yaml:1:1: the file is longer than 4,194,304 characters, the limit for a plan file"),
        Arguments.of(
            "many short lines",
            "p.yaml",
            "#\n".repeat(PlanLimits.MAX_CHARS / 2 + 1),
            "p.yaml:1:1: the file is longer than 4,194,304 characters"),
        Arguments.of(
            "a long plain scalar",
            "p.yaml",
            HEAD + "organization: " + longLine + "\n",
            "p.yaml:2:8193: line 2 is longer than 8,192 characters"),
        Arguments.of(
            "a long JSON array on one line",
            "p.json",
            "[" + "1,".repeat(PlanLimits.MAX_LINE_CHARS) + "1]",
            "p.json:1:8193: line 1 is longer than 8,192 characters"),
        Arguments.of(
            "a block scalar of many short lines",
            "p.yaml",
            HEAD + "organization: |\n" + ("  " + "x".repeat(80) + "\n").repeat(200),
            "p.yaml:2:15: a string of 16,200 characters; the limit for a plan file is 8,192"),
        Arguments.of(
            "10,000 levels of YAML flow sequences, one per line",
            "p.yaml",
            HEAD + "x: " + "[\n".repeat(10_000) + "]\n".repeat(10_000),
            "p.yaml:33:1: nested deeper than 32 levels, the limit for a plan file"),
        Arguments.of(
            "block sequences indented one more each line",
            "p.yaml",
            blockNesting(40),
            "p.yaml:33:33: nested deeper than 32 levels, the limit for a plan file"),
        Arguments.of(
            "10,000 levels of JSON arrays, one per line",
            "p.json",
            "[\n".repeat(10_000) + "]\n".repeat(10_000),
            "p.json:33:1: nested deeper than 32 levels, the limit for a plan file"),
        Arguments.of(
            "a number of 100 digits",
            "p.json",
            "{\"formatVersion\": " + "1".repeat(100) + "}",
            "p.json:1:"));
  }

  private static String blockNesting(int levels) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      yaml.append(" ".repeat(i)).append("-\n");
    }
    return yaml.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overTheLimits")
  void isRefusedInOneLineWithItsPlace(String what, String source, String text, String message) {
    assertThatThrownBy(() -> PlanReader.standard().read(text, source))
        .isInstanceOf(PlanFileException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aLongKeyIsRefusedLikeALongString() {
    // A block scalar as a key: 110 short lines, 8,910 characters.
    String key = ("  " + "k".repeat(80) + "\n").repeat(110);
    assertThatThrownBy(() -> PlanReader.standard().read(HEAD + "? |\n" + key + ": 1\n", "p.yaml"))
        .isInstanceOf(PlanFileException.class)
        .hasMessage("p.yaml:2:3: a string of 8,910 characters; the limit for a plan file is 8,192");
  }

  @Test
  void anEndlessReaderIsReadOnlyToTheLimit() {
    Reader endless =
        new Reader() {
          long read;

          @Override
          public int read(char[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, '#');
            read += length;
            assertThat(read).isLessThan(2L * PlanLimits.MAX_CHARS);
            return length;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> PlanReader.standard().read(endless, "pipe.yaml"))
        .isInstanceOf(PlanFileException.class)
        .hasMessage(
            "pipe.yaml:1:1: the file is longer than 4,194,304 characters, the limit for a plan"
                + " file");
  }

  @Test
  void devZeroIsRefusedNotReadToTheEnd() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "needs /dev/zero");
    assertThatThrownBy(() -> PlanReader.standard().read(zero))
        .isInstanceOf(PlanFileException.class)
        .hasMessage(
            "/dev/zero:1:1: the file is longer than 4,194,304 characters, the limit for a plan"
                + " file");
  }

  @Test
  void aPlanAtTheLimitsIsRead() {
    String name = "x".repeat(PlanLimits.MAX_LINE_CHARS - "organization: ".length());
    String yaml =
        PlanWriter.write(
            io.github.coexist.core.recommend.RecommendedPlans.create(
                io.github.coexist.core.recommend.RecommendedPlans.example(
                    io.github.coexist.core.model.Environment.EXCHANGE_ONLINE)),
            PlanFormat.YAML);
    String atLimit = yaml.replaceFirst("organization: .*", "organization: " + name);
    assertThat(PlanReader.standard().read(atLimit, "p.yaml").organization()).contains(name);
  }
}
