package io.github.coexist.benchmarks;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cold-start floor (docs/performance.md): what Jackson alone costs reading a plan file the way
 * plan-io reads it, with the YAML streaming parser (the file as UTF-8 text, every token, its text
 * and its line and column), and nothing built from it: no tree, no model, no validation.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.coexist.benchmarks.YamlFloor plan.yaml
 * }</pre>
 */
public final class YamlFloor {
  private YamlFloor() {}

  /** Reads the YAML file {@code args[0]} and prints what it read ({@link #read}). */
  public static void main(String... args) throws IOException {
    Path plan = Path.of(args[0]);
    System.out.println(plan + ": " + read(plan));
  }

  /**
   * Reads the YAML file {@code plan} token by token, each with its location and, for a key or
   * scalar, its text: "N tokens, M characters of keys and values".
   */
  static String read(Path plan) throws IOException {
    String text = new String(Files.readAllBytes(plan), StandardCharsets.UTF_8);
    YAMLFactory yaml =
        YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    int tokens = 0;
    int characters = 0;
    int lastLine = 0;
    try (JsonParser parser = yaml.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonLocation at = parser.currentTokenLocation();
        lastLine = Math.max(lastLine, at.getLineNr());
        if (token.isScalarValue() || token == JsonToken.FIELD_NAME) {
          characters += parser.getText().length();
        }
        tokens++;
      }
    }
    return tokens
        + " tokens to line "
        + lastLine
        + ", "
        + characters
        + " characters of keys and values";
  }
}
