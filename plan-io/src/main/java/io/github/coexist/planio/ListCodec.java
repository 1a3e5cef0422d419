package io.github.coexist.planio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A list of values of one codec. Order and duplicates are kept (validation reports duplicates); a
 * single value where a list belongs is refused, since plan files never use comma strings or bare
 * values for lists.
 */
final class ListCodec<E> implements Codec<List<E>> {
  private final Codec<E> element;

  ListCodec(Codec<E> element) {
    this.element = element;
  }

  @Override
  public List<E> read(PlanNode node, String path) {
    if (!(node instanceof PlanNode.Sequence)) {
      throw Codec.expected(node, path, "a list (write [value] for a single value)");
    }
    ImmutableList.Builder<E> values = ImmutableList.builder();
    List<PlanNode> items = ((PlanNode.Sequence) node).items();
    for (int i = 0; i < items.size(); i++) {
      PlanNode item = items.get(i);
      String itemPath = path + "[" + i + "]";
      if (item instanceof PlanNode.Null) {
        throw new PlanFileException(
            item.location(), itemPath + ": null is not allowed in a list (remove the item)");
      }
      values.add(element.read(item, itemPath));
    }
    return values.build();
  }

  @Override
  public JsonNode write(List<E> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (E value : values) {
      array.add(element.write(value));
    }
    return array;
  }

  @Override
  public JsonNode schema(SchemaDefinitions defs) {
    ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "array");
    schema.set("items", element.schema(defs));
    return schema;
  }
}
