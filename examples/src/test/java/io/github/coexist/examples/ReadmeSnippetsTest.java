package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} block of the README is code a test compiles and runs: the lines between a
 * {@code // README-BEGIN} and a {@code // README-END} marker of some test in this module,
 * indentation aside.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path TESTS = Path.of("src/test/java");

  @Test
  void everyJavaBlockOfTheReadmeIsRunByATest() throws IOException {
    List<List<String>> blocks = blocks(Files.readString(README, StandardCharsets.UTF_8));
    List<List<String>> marked = marked();

    assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
    for (List<String> block : blocks) {
      assertThat(marked).as("a test that runs this README block:%n%s", block).contains(block);
    }
  }

  private static List<List<String>> blocks(String readme) {
    List<List<String>> blocks = new ArrayList<>();
    int at = readme.indexOf("```java\n");
    while (at >= 0) {
      int start = at + "```java\n".length();
      int end = readme.indexOf("```", start);
      blocks.add(stripped(readme.substring(start, end)));
      at = readme.indexOf("```java\n", end + 3);
    }
    return blocks;
  }

  private static List<List<String>> marked() throws IOException {
    List<List<String>> marked = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TESTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        int at = source.indexOf("// README-BEGIN\n");
        while (at >= 0) {
          int start = at + "// README-BEGIN\n".length();
          int end = source.indexOf("// README-END", start);
          String region = source.substring(start, end);
          marked.add(stripped(region.substring(0, region.lastIndexOf('\n') + 1)));
          at = source.indexOf("// README-BEGIN\n", end);
        }
      }
    }
    return marked;
  }

  private static List<String> stripped(String code) {
    return code.lines().map(String::strip).collect(Collectors.toList());
  }
}
