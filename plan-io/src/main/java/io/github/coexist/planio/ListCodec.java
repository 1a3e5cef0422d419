package io.github.coexist.planio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A list of values of one codec. Order and duplicates are kept (validation reports duplicates); a
 * single value where a list belongs is refused, since plan files never use bare values for lists.
 * The one exception is a list of flags, which Exchange prints on one line ({@code Tls,
 * Integrated}): {@link #orOneLine} reads that text as the list it names.
 */
final class ListCodec<E> implements Codec<List<E>> {
  private final Codec<E> element;
  private final boolean oneLine;

  ListCodec(Codec<E> element) {
    this(element, false);
  }

  private ListCodec(Codec<E> element, boolean oneLine) {
    this.element = element;
    this.oneLine = oneLine;
  }

  /**
   * A list that also reads Exchange's one-line form of a flags value, {@code "Tls, Integrated"}:
   * the text's comma-separated parts, each read by {@code element}.
   */
  static <E> ListCodec<E> orOneLine(Codec<E> element) {
    return new ListCodec<>(element, true);
  }

  @Override
  public List<E> read(PlanNode node, String path) {
    if (oneLine
        && node instanceof PlanNode.Scalar scalar
        && scalar.kind() == PlanNode.Scalar.Kind.TEXT) {
      return readOneLine(scalar, path);
    }
    if (!(node instanceof PlanNode.Sequence sequence)) {
      throw Codec.expected(node, path, "a list (write [value] for a single value)");
    }
    ImmutableList.Builder<E> values = ImmutableList.builder();
    List<PlanNode> items = sequence.items();
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

  private List<E> readOneLine(PlanNode.Scalar node, String path) {
    ImmutableList.Builder<E> values = ImmutableList.builder();
    List<String> parts = Splitter.on(',').trimResults().splitToList(node.text());
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      String itemPath = path + "[" + i + "]";
      if (part.isEmpty()) {
        throw new PlanFileException(
            node.location(),
            itemPath + ": empty part in " + Messages.quote(node.text()) + " (write A, B)");
      }
      values.add(element.read(PlanNode.Scalar.text(part, node.location()), itemPath));
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
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    if (oneLine) {
      schema.set("type", JsonNodeFactory.instance.arrayNode().add("array").add("string"));
      schema.put(
          "description",
          "A list, or the flags on one line as Exchange prints them: \"Tls, Integrated\".");
    } else {
      schema.put("type", "array");
    }
    schema.set("items", element.schema(defs));
    return schema;
  }
}
