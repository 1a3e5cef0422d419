package io.github.coexist.livestate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link Snapshot} as coexist's snapshot JSON, the document {@link SnapshotJsonReader}
 * reads (docs/snapshot-format.md): each object's attributes under their Exchange parameter names in
 * the canonical forms the snapshot script writes (texts, booleans, numbers, arrays of texts, {@code
 * null}), then its read-only properties as texts. Reading what it writes gives the same snapshot.
 * For tests, benchmarks, and to keep a combined snapshot of several captures.
 *
 * <pre>{@code
 * SnapshotJsonWriter.write(snapshot, Files.newBufferedWriter(Path.of("snapshot.json")));
 * }</pre>
 */
public final class SnapshotJsonWriter {
  private SnapshotJsonWriter() {}

  /** Writes {@code snapshot} to {@code out} (which stays open), on one line. */
  public static void write(Snapshot snapshot, Writer out) throws IOException {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator json =
        new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.writeStartObject();
      json.writeStringField("format", SnapshotFormat.FORMAT);
      json.writeNumberField("formatVersion", SnapshotFormat.VERSION);
      json.writeStringField("environment", snapshot.environment().key());
      json.writeObjectFieldStart("kinds");
      for (Map.Entry<ObjectKind, KindReading> entry : snapshot.readings().entrySet()) {
        if (entry.getValue() instanceof KindReading.Read read) {
          json.writeObjectFieldStart(entry.getKey().planKey());
          json.writeArrayFieldStart("objects");
          for (LiveObject object : read.objects()) {
            object(json, object);
          }
          json.writeEndArray();
          json.writeEndObject();
        } else if (entry.getValue() instanceof KindReading.Unreadable unreadable) {
          json.writeObjectFieldStart(entry.getKey().planKey());
          json.writeStringField("error", unreadable.error());
          json.writeEndObject();
        }
      }
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  private static void object(JsonGenerator json, LiveObject live) throws IOException {
    ExchangeObject object = live.object();
    json.writeStartObject();
    json.writeStringField("Name", object.name());
    json.writeStringField("Identity", live.identity());
    if (live.guid().isPresent()) {
      json.writeStringField("Guid", live.guid().get());
    }
    for (Attribute attribute : object.kind().attributes()) {
      if (attribute.key().equals("name") || !attribute.isManagedIn(object)) {
        continue;
      }
      Optional<Object> value = attribute.valueIn(object);
      json.writeFieldName(attribute.parameter());
      if (value.isEmpty()) {
        json.writeNull();
      } else if (value.get() instanceof List<?> list) {
        json.writeStartArray();
        for (Object entry : list) {
          json.writeString(text(entry));
        }
        json.writeEndArray();
      } else if (value.get() instanceof Boolean b) {
        json.writeBoolean(b);
      } else if (value.get() instanceof Integer i) {
        json.writeNumber(i);
      } else {
        json.writeString(text(value.get()));
      }
    }
    for (Map.Entry<String, String> property : live.readOnly().entrySet()) {
      json.writeStringField(property.getKey(), property.getValue());
    }
    json.writeEndObject();
  }

  private static String text(Object value) {
    return value instanceof ExchangeEnum e ? e.exchangeName() : value.toString();
  }
}
