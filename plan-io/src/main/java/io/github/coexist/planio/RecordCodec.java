package io.github.coexist.planio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model object as a mapping of known keys: strict on reading (unknown keys, missing required
 * keys, misplaced nulls and model refusals are errors at their place in the file), written in the
 * order of its fields with absent values left out.
 *
 * @param <O> the model type
 * @param <B> its builder
 */
final class RecordCodec<O, B> implements Codec<O> {
  private final String definitionName;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, O> build;
  private final ImmutableList<Field<O, B>> fields;
  private final ImmutableMap<String, Field<O, B>> byKey;

  /**
   * @param definitionName the schema definition name, or {@code null} to inline the schema
   */
  RecordCodec(
      String definitionName,
      String description,
      Supplier<B> newBuilder,
      Function<B, O> build,
      List<Field<O, B>> fields) {
    this.definitionName = definitionName;
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
    this.fields = ImmutableList.copyOf(fields);
    ImmutableMap.Builder<String, Field<O, B>> keys = ImmutableMap.builder();
    fields.forEach(f -> keys.put(f.key, f));
    this.byKey = keys.buildOrThrow();
  }

  /** The fields, in writing order. */
  ImmutableList<Field<O, B>> fields() {
    return fields;
  }

  @Override
  public O read(PlanNode node, String path) {
    if (!(node instanceof PlanNode.Mapping mapping)) {
      throw Codec.expected(node, path, "a mapping (key: value)");
    }

    B builder = newBuilder.get();
    for (String key : mapping.keys()) {
      Field<O, B> field = byKey.get(key);
      if (field == null) {
        throw unknownKey(mapping, key, path);
      }
      String fieldPath = path.isEmpty() ? key : path + "." + key;
      PlanNode value = mapping.get(key).orElseThrow();
      if (value instanceof PlanNode.Null) {
        readNull(field, builder, value, fieldPath);
        continue;
      }
      Object read = field.codec.read(value, fieldPath);
      try {
        field.setter.accept(builder, read);
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        throw new PlanFileException(
            value.location(), fieldPath + ": " + String.valueOf(e.getMessage()), e);
      }
    }
    for (Field<O, B> field : fields) {
      if (field.required && !mapping.keys().contains(field.key)) {
        throw new PlanFileException(
            mapping.location(),
            Codec.prefix(path) + "missing key " + Messages.quote(field.key) + " (required)");
      }
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // The model refuses what is structurally impossible; the object is the place to look.
      throw new PlanFileException(
          mapping.location(), Codec.prefix(path) + String.valueOf(e.getMessage()), e);
    }
  }

  private void readNull(Field<O, B> field, B builder, PlanNode value, String fieldPath) {
    Optional<Field.NullHandler<B>> handler = field.nulls;
    if (handler.isPresent()) {
      handler.get().apply(builder, value, fieldPath);
      return;
    }
    throw new PlanFileException(
        value.location(),
        fieldPath
            + (field.required
                ? ": a value is required, found null"
                : ": null is not allowed here (leave the key out to leave it unset)"));
  }

  private PlanFileException unknownKey(PlanNode.Mapping mapping, String key, String path) {
    String hint =
        Messages.closest(key, byKey.keySet())
            .map(k -> " (did you mean " + Messages.quote(k) + "?)")
            .orElse(" (docs/plan.schema.json lists the keys)");
    return new PlanFileException(
        mapping.keyLocation(key).orElseThrow(),
        Codec.prefix(path) + "unknown key " + Messages.quote(key) + hint);
  }

  @Override
  public JsonNode write(O value) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (Field<O, B> field : fields) {
      Optional<?> v = field.getter.apply(value);
      if (v.isPresent()) {
        object.set(field.key, field.codec.write(v.get()));
      } else if (field.isExplicitNull.test(value)) {
        object.putNull(field.key);
      }
    }
    return object;
  }

  @Override
  public JsonNode schema(SchemaDefinitions defs) {
    if (definitionName == null) {
      return inlineSchema(defs);
    }
    return defs.reference(definitionName, () -> inlineSchema(defs));
  }

  private JsonNode inlineSchema(SchemaDefinitions defs) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode schema = nodes.objectNode().put("type", "object");
    schema.put("description", description);
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = nodes.arrayNode();
    for (Field<O, B> field : fields) {
      JsonNode fieldSchema = field.codec.schema(defs);
      ObjectNode property;
      if (field.nulls.isPresent()) {
        property = nodes.objectNode();
        property.putArray("anyOf").add(fieldSchema).addObject().put("type", "null");
      } else if (fieldSchema.has("$ref")) {
        // Keep $ref alone in its object for readers of older drafts; describe around it.
        property = nodes.objectNode();
        property.putArray("allOf").add(fieldSchema);
      } else {
        property = ((ObjectNode) fieldSchema).deepCopy();
      }
      if (!property.has("description") || field.nulls.isPresent()) {
        property.put("description", field.description);
      } else {
        property.put("description", field.description + " " + property.get("description").asText());
      }
      properties.set(field.key, property);
      if (field.required) {
        required.add(field.key);
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }
}
