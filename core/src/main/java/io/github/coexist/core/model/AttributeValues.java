package io.github.coexist.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every attribute value of one Exchange object, read at once: what {@link Attribute#valueIn} gives
 * attribute by attribute, for a reader that visits every attribute of many objects (a drift
 * compares every managed attribute of every object, a snapshot of 100,000 objects included).
 *
 * <pre>{@code
 * AttributeValues values = AttributeValues.of(connector);
 * for (Attribute a : connector.kind().attributes()) {
 *   if (values.isPresent(a)) {
 *     System.out.println("-" + a.parameter() + " " + values.get(a).orElseThrow());
 *   }
 * }
 * }</pre>
 */
public final class AttributeValues {
  private final ExchangeObject object;
  private final Object[] values;

  private AttributeValues(ExchangeObject object, Object[] values) {
    this.object = object;
    this.values = values;
  }

  /** The values of {@code object}'s attributes as they are now (the object is immutable). */
  public static AttributeValues of(ExchangeObject object) {
    Objects.requireNonNull(object, "object");
    return new AttributeValues(object, AttributeAccess.values(object));
  }

  /** The kind of the object. */
  public ObjectKind kind() {
    return object.kind();
  }

  /**
   * The attributes the object manages, in table order: those with a value and those set to {@code
   * $null} ({@link Attribute#isManagedIn}).
   */
  public ImmutableList<Attribute> managed() {
    ImmutableList<Attribute> attributes = kind().attributes();
    Set<String> nulls = object.explicitNulls();
    ImmutableList.Builder<Attribute> managed = ImmutableList.builder();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null || (!nulls.isEmpty() && nulls.contains(attributes.get(i).key()))) {
        managed.add(attributes.get(i));
      }
    }
    return managed.build();
  }

  /**
   * Whether the object has a value of {@code attribute}: {@code attribute.valueIn(object)} is
   * present (a list only when it is not empty).
   *
   * @throws IllegalArgumentException for an attribute of another kind
   */
  public boolean isPresent(Attribute attribute) {
    return values[index(attribute)] != null;
  }

  /**
   * The value of {@code attribute}, as {@link Attribute#valueIn} gives it.
   *
   * @throws IllegalArgumentException for an attribute of another kind
   */
  public Optional<Object> get(Attribute attribute) {
    return Optional.ofNullable(values[index(attribute)]);
  }

  private int index(Attribute attribute) {
    Objects.requireNonNull(attribute, "attribute");
    attribute.requireKind(kind());
    return attribute.index();
  }
}
