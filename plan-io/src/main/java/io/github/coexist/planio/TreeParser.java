package io.github.coexist.planio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Turns YAML or JSON text into a {@link PlanNode} tree with the location of every key and value,
 * using Jackson's streaming parsers (which know line and column; a databind tree does not).
 */
final class TreeParser {
  // YAML: an empty value after "key:" is null, as the YAML spec says (Jackson reads "" otherwise).
  // Both within PlanLimits, so that nothing inside a file can make a parser work harder.
  private static final JsonFactory YAML =
      YAMLFactory.builder()
          .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
          .loaderOptions(PlanLimits.yamlOptions())
          .streamReadConstraints(PlanLimits.constraints())
          .build();
  private static final JsonFactory JSON =
      JsonFactory.builder().streamReadConstraints(PlanLimits.constraints()).build();

  private final String source;
  private final boolean yaml;

  private TreeParser(String source, boolean yaml) {
    this.source = source;
    this.yaml = yaml;
  }

  /** Parses one document; the root may be any node (the caller checks it is a mapping). */
  static PlanNode parse(String source, String content, PlanFormat format) {
    PlanLimits.check(source, content);
    TreeParser parser = new TreeParser(source, format == PlanFormat.YAML);
    if (format == PlanFormat.YAML) {
      parser.checkYamlCharacters(content);
    }
    return parser.parse(content, format == PlanFormat.YAML ? YAML : JSON);
  }

  private PlanNode parse(String content, JsonFactory factory) {
    try (JsonParser p = factory.createParser(content)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new PlanFileException(
            SourceLocation.of(source, 1, 1),
            "the file is empty (expected a plan: formatVersion, environment, domains, ...)");
      }
      PlanNode root = read(p, 1);
      if (p.nextToken() != null) {
        throw new PlanFileException(
            here(p), "a second document: a plan file holds exactly one plan");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      // Parsing a String does no I/O; anything else is a parser failure worth a stack trace.
      throw new UncheckedIOException(e);
    }
  }

  private PlanNode read(JsonParser p, int depth) throws IOException {
    SourceLocation at = here(p);
    if (depth > PlanLimits.MAX_DEPTH) {
      throw new PlanFileException(
          at, "nested deeper than " + PlanLimits.MAX_DEPTH + " levels, the limit for a plan file");
    }
    if (p instanceof YAMLParser y) {
      if (y.isCurrentAlias() || y.getObjectId() != null) {
        // Jackson would read an alias as the anchor's name: silently wrong, so refuse both.
        throw new PlanFileException(
            at, "YAML anchors and aliases (&name, *name) are not supported: write the value out");
      }
    }
    JsonToken token = p.currentToken();
    if (p instanceof YAMLParser yAMLParser && yAMLParser.getTypeId() != null) {
      // "!!str 25" or "!x": Jackson would drop the tag and keep the value, silently another type.
      throw new PlanFileException(
          at, "YAML tags (" + yAMLParser.getTypeId() + ") are not supported: write a plain value");
    }
    switch (token) {
      case START_OBJECT -> {
        return readMapping(p, at, depth);
      }
      case START_ARRAY -> {
        PlanNode.Sequence list = new PlanNode.Sequence(at);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.items().add(read(p, depth + 1));
        }
        return list;
      }
      case VALUE_STRING -> {
        return PlanNode.Scalar.text(limited(p.getText(), at), at);
      }
      case VALUE_NUMBER_INT -> {
        return PlanNode.Scalar.integer(p.getBigIntegerValue(), p.getText(), at);
      }
      case VALUE_NUMBER_FLOAT -> {
        return PlanNode.Scalar.decimal(p.getText(), at);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return PlanNode.Scalar.bool(token == JsonToken.VALUE_TRUE, p.getText(), at);
      }
      case VALUE_NULL -> {
        return new PlanNode.Null(at);
      }
      default ->
          throw new PlanFileException(
              at, "a value of an unsupported kind (" + describe(token) + "): write a plain value");
    }
  }

  private PlanNode.Mapping readMapping(JsonParser p, SourceLocation at, int depth)
      throws IOException {
    PlanNode.Mapping mapping = new PlanNode.Mapping(at);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      SourceLocation keyAt = here(p);
      String key = limited(p.currentName(), keyAt);
      if (mapping.keyLocation(key).isPresent()) {
        throw new PlanFileException(
            keyAt,
            "duplicate key "
                + Messages.quote(key)
                + " (first at line "
                + mapping.keyLocation(key).get().line()
                + ")");
      }
      p.nextToken();
      mapping.add(key, keyAt, read(p, depth + 1));
    }
    return mapping;
  }

  /** A string or key within PlanLimits (the YAML parser does not count a block scalar's lines). */
  private static String limited(String text, SourceLocation at) {
    if (text.length() > PlanLimits.MAX_LINE_CHARS) {
      throw new PlanFileException(
          at,
          String.format(
              Locale.ROOT,
              "a string of %,d characters; the limit for a plan file is %,d",
              text.length(),
              PlanLimits.MAX_LINE_CHARS));
    }
    return text;
  }

  private SourceLocation here(JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return SourceLocation.of(source, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  // Jackson's YAML module reports SnakeYAML's problem and marks through its own (deprecated)
  // MarkedYAMLException; the alternative, SnakeYAML's type behind it, is a module plan-io does not
  // otherwise read.
  @SuppressWarnings("deprecation")
  private PlanFileException syntaxError(JsonProcessingException e) {
    if (e instanceof MarkedYAMLException y) {
      String problem = "YAML syntax: " + y.getProblem();
      if (y.getContext() != null && y.getContextMark() != null) {
        problem +=
            " ("
                + y.getContext()
                + " at "
                + (y.getContextMark().getLine() + 1)
                + ":"
                + (y.getContextMark().getColumn() + 1)
                + ")";
      }
      return new PlanFileException(
          SourceLocation.of(
              source, y.getProblemMark().getLine() + 1, y.getProblemMark().getColumn() + 1),
          problem,
          e);
    }
    JsonLocation l = e.getLocation();
    SourceLocation at =
        l == null
            ? SourceLocation.of(source, 1, 1)
            : SourceLocation.of(source, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    String kind = yaml ? "YAML syntax: " : "JSON syntax: ";
    return new PlanFileException(at, kind + e.getOriginalMessage(), e);
  }

  /**
   * YAML allows only printable characters; SnakeYAML reports a violation without its place, so it
   * is found here first. A NUL or other control character can be written as an escape inside double
   * quotes ({@code "\0"}).
   */
  private void checkYamlCharacters(String content) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      if (!isYamlPrintable(cp) || Character.getType(cp) == Character.SURROGATE) {
        throw new PlanFileException(
            SourceLocation.of(source, line, column),
            String.format(
                Locale.ROOT,
                "character U+%04X is not allowed in YAML (inside double quotes it can be written"
                    + " as the escape \\u%04X)",
                cp,
                cp));
      }
      i += Character.charCount(cp);
      boolean crlf = cp == '\r' && i < content.length() && content.charAt(i) == '\n';
      if (cp == '\n' || (cp == '\r' && !crlf) || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        line++;
        column = 1;
      } else if (!crlf) {
        column++;
      }
    }
  }

  private static boolean isYamlPrintable(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0x7E)
        || cp == 0x85
        || (cp >= 0xA0 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  private static String describe(JsonToken token) {
    return token == JsonToken.VALUE_EMBEDDED_OBJECT
        ? "a binary or tagged value"
        : token.name().toLowerCase(Locale.ROOT);
  }
}
