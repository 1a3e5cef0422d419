package io.github.coexist.planio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mapping with keys of one codec and values of another, such as the BTNDR texts by NDR code
 * ({@code 54: "..."}) or a license's features.
 */
final class MapCodec<K, V> implements Codec<Map<K, V>> {
  private final ScalarCodec<K> keys;
  private final Codec<V> values;
  private final String keyPattern;

  /** {@code keyPattern}: the JSON Schema pattern every key matches, or null for any key. */
  MapCodec(ScalarCodec<K> keys, Codec<V> values, String keyPattern) {
    this.keys = keys;
    this.values = values;
    this.keyPattern = keyPattern;
  }

  @Override
  public Map<K, V> read(PlanNode node, String path) {
    if (!(node instanceof PlanNode.Mapping mapping)) {
      throw Codec.expected(node, path, "a mapping (key: value)");
    }

    Map<K, V> result = new LinkedHashMap<>();
    for (String key : mapping.keys()) {
      String entryPath = path + "." + key;
      SourceLocation keyAt = mapping.keyLocation(key).orElseThrow();
      K parsedKey =
          keys.read(PlanNode.Scalar.text(key, keyAt), path + " key " + Messages.quote(key));
      PlanNode value = mapping.get(key).orElseThrow();
      if (value instanceof PlanNode.Null) {
        throw new PlanFileException(
            value.location(), entryPath + ": null is not allowed here (remove the entry)");
      }
      if (result.put(parsedKey, values.read(value, entryPath)) != null) {
        throw new PlanFileException(
            keyAt,
            path + ": key " + Messages.quote(key) + " is given twice (as " + parsedKey + ")");
      }
    }
    return result;
  }

  @Override
  public JsonNode write(Map<K, V> map) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<K, V> entry : map.entrySet()) {
      object.set(String.valueOf(entry.getKey()), values.write(entry.getValue()));
    }
    return object;
  }

  @Override
  public JsonNode schema(SchemaDefinitions defs) {
    ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
    if (keyPattern != null) {
      schema.putObject("propertyNames").put("pattern", keyPattern);
    }
    schema.set("additionalProperties", values.schema(defs));
    return schema;
  }
}
