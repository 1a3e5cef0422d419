package io.github.coexist.planio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/** The {@code $defs} of the plan schema, in the order first referenced. */
final class SchemaDefinitions {
  private final ObjectNode definitions = JsonNodeFactory.instance.objectNode();

  /** A {@code $ref} to the definition {@code name}, made by {@code schema} on first use. */
  JsonNode reference(String name, Supplier<JsonNode> schema) {
    if (!definitions.has(name)) {
      // Reserve the slot first so that the order is the order of first reference.
      definitions.putNull(name);
      definitions.set(name, schema.get());
    }
    return JsonNodeFactory.instance.objectNode().put("$ref", "#/$defs/" + name);
  }

  ObjectNode definitions() {
    return definitions;
  }
}
