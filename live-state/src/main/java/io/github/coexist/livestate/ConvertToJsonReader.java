package io.github.coexist.livestate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads {@code Get-X | ConvertTo-Json} output and Exchange Online REST records: one object or an
 * array of objects, all of the kind the caller names (the JSON does not say).
 *
 * <ul>
 *   <li>Values may be texts, numbers, booleans, null, arrays, or nested objects where {@code
 *       ConvertTo-Json} wrote an Exchange value's properties instead of its string form; an address
 *       space ({@code Type}, {@code Address}, {@code Cost}), a smart host ({@code IsIPAddress},
 *       {@code Domain}, {@code Address}), a domain ({@code Address}, {@code IncludeSubDomains}) and
 *       an unlimited value ({@code IsUnlimited}, {@code Value}) are reduced to their string form;
 *       other nested objects are kept as unknown, never guessed.
 *   <li>Enumerations may be names or, as Windows PowerShell 5.1 writes them, numbers: a number is
 *       read only where coexist has verified Exchange's numbering.
 *   <li>A missing key is "not reported", never false; {@code @data.type} and {@code @odata.}
 *       annotations are ignored.
 *   <li>A text that is a .NET type name ({@code Microsoft.Exchange.Data.SmartHost}) is what {@code
 *       ConvertTo-Json} leaves of a value deeper than its {@code -Depth}: unknown, with a message
 *       that says so.
 * </ul>
 */
public final class ConvertToJsonReader {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
          .build();

  /** A .NET type name, which ConvertTo-Json writes for a value deeper than its -Depth. */
  private static final Pattern TYPE_NAME =
      Pattern.compile("(Microsoft\\.Exchange|System)\\.[A-Za-z0-9_.`\\[\\],=]+");

  private final JsonParser parser;
  private final String source;
  private final ObjectKind kind;
  private final ObjectDecoder decoder;

  private ConvertToJsonReader(JsonParser parser, String source, ObjectKind kind) {
    this.parser = parser;
    this.source = source;
    this.decoder = new ObjectDecoder(source);
    this.kind = kind;
  }

  /**
   * Reads the objects of {@code kind}.
   *
   * @throws SnapshotFormatException for input that is not one object or an array of objects
   * @throws IOException when {@code reader} fails
   */
  public static Snapshot read(
      Reader reader, String source, Environment environment, ObjectKind kind) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(kind, "kind");
    try (JsonParser parser = JSON.createParser(Inputs.withoutBom(reader))) {
      List<LiveObject> objects = new ConvertToJsonReader(parser, source, kind).objects();
      return Snapshot.builder()
          .environment(environment)
          .reading(kind, new KindReading.Read(objects))
          .build();
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      throw new SnapshotFormatException(
          at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr(),
          "not JSON: " + e.getOriginalMessage(),
          e);
    }
  }

  private List<LiveObject> objects() throws IOException {
    JsonToken first = parser.nextToken();
    List<LiveObject> objects = new ArrayList<>();
    if (first == JsonToken.START_OBJECT) {
      objects.add(object(0));
    } else if (first == JsonToken.START_ARRAY) {
      int index = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_OBJECT) {
          throw new SnapshotFormatException(
              here(),
              "object "
                  + index
                  + ": expected an object of "
                  + kind.planKey()
                  + ", found "
                  + JsonTokens.describe(token));
        }
        objects.add(object(index));
        index++;
      }
    } else {
      throw new SnapshotFormatException(
          first == null ? source + ":1:1" : here(),
          "expected an object or an array of objects (ConvertTo-Json output), found "
              + (first == null ? "nothing" : JsonTokens.describe(first)));
    }
    if (parser.nextToken() != null) {
      throw new SnapshotFormatException(here(), "text after the JSON value");
    }
    return objects;
  }

  private LiveObject object(int index) throws IOException {
    decoder.begin(kind, here() + " (object " + index + ")");
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      At at = at();
      if (name.contains("@data.type") || name.startsWith("@odata.")) {
        parser.skipChildren();
        continue;
      }
      decoder.put(name, value(token, at));
    }
    return decoder.finish();
  }

  private LiveValue value(JsonToken token, At at) throws IOException {
    switch (token) {
      case VALUE_NULL:
        return new LiveValue.Null(at);
      case VALUE_TRUE:
        return new LiveValue.Bool(true, at);
      case VALUE_FALSE:
        return new LiveValue.Bool(false, at);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new LiveValue.Number(parser.getText(), at);
      case VALUE_STRING:
        return text(parser.getText(), at);
      case START_ARRAY:
        {
          List<String> items = new ArrayList<>();
          JsonToken item;
          while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            LiveValue element = value(item, at());
            if (element instanceof LiveValue.Unknown || element instanceof LiveValue.Texts) {
              return element instanceof LiveValue.Unknown
                  ? skipRest(element)
                  : skipRest(new LiveValue.Unknown("a list inside a list", at));
            }
            String shown = LiveValue.display(element);
            if (shown != null) {
              items.add(shown);
            }
          }
          return new LiveValue.Texts(items, at);
        }
      case START_OBJECT:
        return nested(at);
      default:
        throw new SnapshotFormatException(
            at.toString(), "unexpected " + JsonTokens.describe(token));
    }
  }

  /** Skips the rest of the current array and returns {@code value}. */
  private LiveValue skipRest(LiveValue value) throws IOException {
    int depth = 1;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
        depth++;
      } else if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
        depth--;
      }
    }
    return value;
  }

  private static LiveValue text(String text, At at) {
    if (TYPE_NAME.matcher(text).matches()) {
      return new LiveValue.Unknown(
          "the type name "
              + Quote.of(text)
              + " where a value belongs: ConvertTo-Json cut it at its -Depth (use -Depth 5)",
          at);
    }
    return new LiveValue.Text(text, at);
  }

  /** A nested object reduced to its string form where its shape is known. */
  private LiveValue nested(At at) throws IOException {
    Map<String, LiveValue> fields = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      names.add(parser.currentName());
      String name = parser.currentName().toLowerCase(Locale.ROOT);
      JsonToken token = parser.nextToken();
      fields.put(name, value(token, at()));
    }
    String shape = stringForm(fields);
    if (shape != null) {
      return new LiveValue.Text(shape, at);
    }
    return new LiveValue.Unknown(
        "an object with " + String.join(", ", names) + " (no known string form)", at);
  }

  private static String stringForm(Map<String, LiveValue> f) {
    if (f.get("isunlimited") instanceof LiveValue.Bool unlimited) {
      if (unlimited.value()) {
        return "Unlimited";
      }
      LiveValue value = f.get("value");
      return value == null ? null : LiveValue.display(value);
    }
    if (f.containsKey("type") && f.containsKey("address") && f.containsKey("cost")) {
      return show(f.get("type")) + ":" + show(f.get("address")) + ";" + show(f.get("cost"));
    }
    if (f.get("isipaddress") instanceof LiveValue.Bool isIp) {
      return show(f.get(isIp.value() ? "address" : "domain"));
    }
    if (f.containsKey("includesubdomains") && f.containsKey("address")) {
      return show(f.get("address"));
    }
    if (f.containsKey("ipaddresstostring")) {
      return show(f.get("ipaddresstostring"));
    }
    return null;
  }

  private static String show(LiveValue value) {
    return value == null ? "null" : String.valueOf(LiveValue.display(value));
  }

  private At at() {
    JsonLocation at = parser.currentTokenLocation();
    return new At(source, at.getLineNr(), at.getColumnNr());
  }

  private String here() {
    JsonLocation at = parser.currentTokenLocation();
    return source + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }
}
