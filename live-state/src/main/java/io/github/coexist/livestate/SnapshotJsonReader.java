package io.github.coexist.livestate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads coexist's snapshot JSON, the document {@code coexist emit snapshot}'s script writes
 * (docs/snapshot-format.md):
 *
 * <pre>{@code
 * {"format": "coexist-snapshot", "formatVersion": 1, "environment": "exchange-server",
 *  "takenAt": "2026-03-01T10:00:00Z", "elapsedMilliseconds": 1520,
 *  "kinds": {"sendConnectors": {"objects": [{"Name": "To Domino", "SmartHosts": ["10.1.1.1"]}]},
 *            "receiveConnectors": {"error": "Access is denied."}}}
 * }</pre>
 *
 * A kind with {@code objects} is {@link KindReading.Read}, one with {@code error} is {@link
 * KindReading.Unreadable}, and a kind the document does not name is {@link KindReading.NotCovered}.
 * The parser streams, so a large organisation is read without holding its tree.
 */
public final class SnapshotJsonReader {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
          .build();

  private final JsonParser parser;
  private final String source;
  private final ObjectDecoder decoder;
  private final List<String> items = new ArrayList<>();
  private final Map<ObjectKind, ExpectedNames> expectedNames = new EnumMap<>(ObjectKind.class);

  private SnapshotJsonReader(JsonParser parser, String source) {
    this.parser = parser;
    this.source = source;
    this.decoder = new ObjectDecoder(source);
  }

  /**
   * Reads one snapshot document.
   *
   * @param source names the input in messages (usually the file name)
   * @throws SnapshotFormatException for anything that is not a snapshot document, at its line and
   *     column
   * @throws IOException when {@code reader} fails
   */
  public static Snapshot read(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    try (JsonParser parser = JSON.createParser(Inputs.withoutBom(reader))) {
      return new SnapshotJsonReader(parser, source).document();
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      throw new SnapshotFormatException(
          at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr(),
          "not JSON: " + e.getOriginalMessage(),
          e);
    }
  }

  private Snapshot document() throws IOException {
    JsonToken first = next();
    if (first == null) {
      throw new SnapshotFormatException(
          source + ":1:1", "empty input (expected a snapshot document)");
    }
    expect(first == JsonToken.START_OBJECT, "a snapshot document (a JSON object)");
    String format = null;
    Integer version = null;
    Environment environment = null;
    Snapshot.Builder snapshot = Snapshot.builder();
    boolean kindsSeen = false;
    Set<String> seen = new java.util.HashSet<>();
    while (next() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String at = here();
      if (!seen.add(key)) {
        throw new SnapshotFormatException(at, "key " + Quote.of(key) + " given twice");
      }
      JsonToken value = next();
      switch (key) {
        case "format" -> {
          expect(value == JsonToken.VALUE_STRING, "\"" + SnapshotFormat.FORMAT + "\"");
          format = parser.getText();
          if (!format.equals(SnapshotFormat.FORMAT)) {
            throw new SnapshotFormatException(
                here(),
                "format: expected \"" + SnapshotFormat.FORMAT + "\", found " + Quote.of(format));
          }
        }
        case "formatVersion" -> {
          expect(value == JsonToken.VALUE_NUMBER_INT, "a format version such as 1");
          version = parser.getIntValue();
          if (version != SnapshotFormat.VERSION) {
            throw new SnapshotFormatException(
                here(),
                "formatVersion: "
                    + version
                    + " is not read by this coexist (it reads "
                    + SnapshotFormat.VERSION
                    + (version > SnapshotFormat.VERSION ? "; use a newer coexist)" : ")"));
          }
        }
        case "environment" -> {
          expect(value == JsonToken.VALUE_STRING, "exchange-online or exchange-server");
          try {
            environment = Environment.fromKey(parser.getText());
          } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(here(), "environment: " + e.getMessage(), e);
          }
        }
        case "takenAt" ->
            expect(value == JsonToken.VALUE_STRING, "the time the snapshot was taken (ISO 8601)");
        case "elapsedMilliseconds" -> expect(value.isNumeric(), "a number of milliseconds");
        case "warnings" -> {
          expect(value == JsonToken.START_ARRAY, "a list of warnings");
          JsonToken warning;
          while ((warning = next()) != JsonToken.END_ARRAY) {
            expect(warning == JsonToken.VALUE_STRING, "a warning (a text)");
            snapshot.warning(parser.getText());
          }
        }
        case "kinds" -> {
          expect(value == JsonToken.START_OBJECT, "an object of kinds (e.g. \"sendConnectors\")");
          kinds(snapshot);
          kindsSeen = true;
        }
        default ->
            throw new SnapshotFormatException(
                at,
                "unknown key "
                    + Quote.of(key)
                    + " (expected format, formatVersion, environment, takenAt,"
                    + " elapsedMilliseconds, kinds, warnings)");
      }
    }
    String end = here();
    if (format == null || version == null || environment == null || !kindsSeen) {
      throw new SnapshotFormatException(
          end,
          "missing key "
              + (format == null
                  ? "\"format\""
                  : version == null
                      ? "\"formatVersion\""
                      : environment == null ? "\"environment\"" : "\"kinds\"")
              + " (a snapshot document has format, formatVersion, environment and kinds)");
    }
    if (next() != null) {
      throw new SnapshotFormatException(here(), "text after the snapshot document");
    }
    return snapshot.environment(environment).build();
  }

  private void kinds(Snapshot.Builder snapshot) throws IOException {
    Set<ObjectKind> seen = EnumSet.noneOf(ObjectKind.class);
    while (next() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String at = here();
      ObjectKind kind = kindOf(key, at);
      if (!seen.add(kind)) {
        throw new SnapshotFormatException(at, "kind " + Quote.of(key) + " given twice");
      }
      expect(next() == JsonToken.START_OBJECT, "{\"objects\": [...]} or {\"error\": \"...\"}");
      snapshot.reading(kind, reading(kind, key));
    }
  }

  private KindReading reading(ObjectKind kind, String key) throws IOException {
    KindReading reading = null;
    while (next() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      String at = here();
      if (reading != null) {
        throw new SnapshotFormatException(at, key + ": either \"objects\" or \"error\", not both");
      }
      JsonToken value = next();
      if (field.equals("objects")) {
        expect(value == JsonToken.START_ARRAY, "a list of objects");
        List<LiveObject> objects = new ArrayList<>();
        int index = 0;
        JsonToken token;
        while ((token = next()) != JsonToken.END_ARRAY) {
          if (token != JsonToken.START_OBJECT) {
            expect(false, "an object (" + key + "[" + index + "])");
          }
          objects.add(object(kind));
          index++;
        }
        reading = new KindReading.Read(objects);
      } else if (field.equals("error")) {
        expect(value == JsonToken.VALUE_STRING, "the error that kept the kind from being read");
        reading = new KindReading.Unreadable(parser.getText());
      } else {
        throw new SnapshotFormatException(
            at, key + ": unknown key " + Quote.of(field) + " (expected objects or error)");
      }
    }
    if (reading == null) {
      throw new SnapshotFormatException(here(), key + ": expected \"objects\" or \"error\"");
    }
    return reading;
  }

  private LiveObject object(ObjectKind kind) throws IOException {
    decoder.begin(kind, JsonTokens.line(parser), JsonTokens.column(parser));
    ExpectedNames expected = expectedNames.computeIfAbsent(kind, k -> new ExpectedNames());
    String name;
    for (int position = 0; (name = expected.next(parser, position)) != null; position++) {
      JsonToken token = next();
      int line = JsonTokens.line(parser);
      int column = JsonTokens.column(parser);
      switch (token) {
        case VALUE_NULL -> decoder.putNull(name, line, column);
        case VALUE_TRUE, VALUE_FALSE ->
            decoder.putBoolean(name, token == JsonToken.VALUE_TRUE, line, column);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            decoder.putNumber(name, parser.getText(), line, column);
        case VALUE_STRING -> decoder.putText(name, parser.getText(), line, column);
        case START_ARRAY -> decoder.putTexts(name, items(name), line, column);
        default ->
            throw new SnapshotFormatException(
                source + ":" + line + ":" + column,
                Quote.of(name)
                    + ": expected null, a boolean, a number, a text or a list of texts, found "
                    + JsonTokens.describe(token));
      }
    }
    return decoder.finish();
  }

  /**
   * The property names of the object before of one kind, by position, for the parser to expect.
   * Objects of a kind list their properties in one order, and a name the parser is told to expect
   * is compared where it stands in the input, without hashing it and looking it up ({@link
   * JsonParser#nextFieldName(SerializableString)}).
   */
  private static final class ExpectedNames {
    private SerializedString[] names = new SerializedString[16];

    /** The next property name of the object the parser is in, or null at its end. */
    String next(JsonParser parser, int position) throws IOException {
      SerializedString guess = position < names.length ? names[position] : null;
      String name;
      if (guess == null) {
        name = parser.nextFieldName();
      } else if (parser.nextFieldName(guess)) {
        return guess.getValue();
      } else {
        name = parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
      }
      if (name != null) {
        if (position >= names.length) {
          names = Arrays.copyOf(names, Math.max(names.length * 2, position + 1));
        }
        names[position] = new SerializedString(name);
      }
      return name;
    }
  }

  /** The texts of the array the parser is at, in one list reused for every array. */
  private List<String> items(String name) throws IOException {
    items.clear();
    while (true) {
      // A text, the usual item, in one call; anything else is the current token.
      String text = parser.nextTextValue();
      JsonToken item = parser.currentToken();
      if (text != null) {
        items.add(text);
      } else if (item == JsonToken.END_ARRAY) {
        return items;
      } else if (item == JsonToken.VALUE_NUMBER_INT || item == JsonToken.VALUE_NUMBER_FLOAT) {
        items.add(parser.getText());
      } else if (item == JsonToken.VALUE_TRUE || item == JsonToken.VALUE_FALSE) {
        items.add(item == JsonToken.VALUE_TRUE ? "True" : "False");
      } else {
        throw new SnapshotFormatException(
            here(),
            Quote.of(name)
                + ": expected a list of texts (the snapshot's canonical form), found "
                + JsonTokens.describe(item));
      }
    }
  }

  private static ObjectKind kindOf(String key, String at) {
    for (ObjectKind kind : ObjectKind.values()) {
      if (kind.planKey().equals(key)) {
        return kind;
      }
    }
    throw new SnapshotFormatException(
        at,
        "unknown kind "
            + Quote.of(key)
            + " (expected remoteDomains, acceptedDomains, emailAddressPolicies, sendConnectors,"
            + " receiveConnectors, inboundConnectors or outboundConnectors)");
  }

  private JsonToken next() throws IOException {
    return parser.nextToken();
  }

  private void expect(boolean ok, String expected) throws IOException {
    if (!ok) {
      JsonToken token = parser.currentToken();
      throw new SnapshotFormatException(
          here(),
          "expected "
              + expected
              + ", found "
              + (token == null ? "the end of the input" : JsonTokens.describe(token)));
    }
  }

  private String here() {
    JsonLocation at = parser.currentTokenLocation();
    return source + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }
}
