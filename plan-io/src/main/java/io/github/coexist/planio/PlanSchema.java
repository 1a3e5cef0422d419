package io.github.coexist.planio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coexist.core.model.CoexistencePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON Schema (draft 2020-12) of plan files, generated from the same codecs that read and write
 * them, so it cannot drift from the reader. The project publishes it as {@code
 * docs/plan.schema.json}; a test regenerates it and fails when the published file is out of date.
 *
 * <pre>{@code
 * String schema = PlanSchema.generate();
 * }</pre>
 *
 * <p>The schema states the canonical spelling; the reader is a little more forgiving (enumerations
 * in any case, {@code "60"} for a number).
 */
public final class PlanSchema {
  /** Where the project keeps the schema, relative to the repository root. */
  public static final String PUBLISHED_PATH = "docs/plan.schema.json";

  private PlanSchema() {}

  /** The schema as JSON text, two-space indented, ending with a line break. */
  public static String generate() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    SchemaDefinitions defs = new SchemaDefinitions();
    ObjectNode body = (ObjectNode) PlanCodec.PLAN.schema(defs);
    ObjectNode schema = nodes.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", "coexist plan, format " + CoexistencePlan.CURRENT_FORMAT_VERSION);
    schema.setAll(body);
    ObjectNode version = (ObjectNode) schema.get("properties").get("formatVersion");
    version.removeAll();
    version.put("const", CoexistencePlan.CURRENT_FORMAT_VERSION);
    version.put("description", "The plan-file format version.");
    schema.set("$defs", defs.definitions());
    try {
      return JsonText.WRITER.writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the schema", e);
    }
  }

  /**
   * Writes the schema to {@code args[0]} (default {@value #PUBLISHED_PATH}).
   *
   * @throws IOException when the file cannot be written
   */
  public static void main(String... args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : PUBLISHED_PATH);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.writeString(target, generate(), StandardCharsets.UTF_8);
  }
}
