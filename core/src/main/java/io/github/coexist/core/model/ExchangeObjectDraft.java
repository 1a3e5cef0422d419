package io.github.coexist.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An Exchange object put together attribute by attribute, for readers that learn the attributes at
 * run time (a plan file, a snapshot of a live organisation): every value goes through the kind's
 * generated builder, typed, without reflection.
 *
 * <pre>{@code
 * ObjectKind kind = ObjectKind.SEND_CONNECTOR;
 * List<SmartHost> hosts = List.of(SmartHost.parse("relay.contoso.com"));
 * ExchangeObject connector =
 *     ExchangeObjectDraft.of(kind)
 *         .set(kind.attribute("name").orElseThrow(), "To Domino")
 *         .set(kind.attribute("smartHosts").orElseThrow(), hosts)
 *         .setNull(kind.attribute("comment").orElseThrow())
 *         .build();
 * }</pre>
 *
 * <p>Not thread-safe; build each object with its own draft.
 */
public final class ExchangeObjectDraft {
  private final ObjectKind kind;
  private final Object builder;

  private ExchangeObjectDraft(ObjectKind kind) {
    this.kind = kind;
    this.builder = AttributeAccess.newBuilder(kind);
  }

  /** An empty draft of {@code kind}; {@code name} must be set before {@link #build()}. */
  public static ExchangeObjectDraft of(ObjectKind kind) {
    return new ExchangeObjectDraft(Objects.requireNonNull(kind, "kind"));
  }

  /** The kind of the object being drafted. */
  public ObjectKind kind() {
    return kind;
  }

  /**
   * Sets {@code attribute} to {@code value}, replacing what was set before.
   *
   * @param value of the attribute's {@link Attribute#valueType()}, or an {@link Iterable} of it for
   *     a multi-valued attribute
   * @throws IllegalArgumentException for an attribute of another kind, or a value (or element) of
   *     the wrong type, naming the attribute and both types
   * @throws NullPointerException for a null {@code attribute} or {@code value}
   */
  public ExchangeObjectDraft set(Attribute attribute, Object value) {
    checkKind(attribute);
    Objects.requireNonNull(value, "value (setNull sets $null)");
    if (attribute.multiValued()) {
      // List first: a snapshot read sets every list of an organisation, by index, without an
      // iterator each.
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          checkType(attribute, list.get(i));
        }
      } else if (value instanceof Iterable<?> elements) {
        for (Object element : elements) {
          checkType(attribute, element);
        }
      } else {
        throw new IllegalArgumentException(attribute + " takes a list");
      }
    } else {
      checkType(attribute, value);
    }
    AttributeAccess.set(builder, attribute, value);
    return this;
  }

  /**
   * Sets {@code attribute} to {@code $null} (an explicit null, distinct from leaving it unset). The
   * model refuses, on {@link #build()}, an attribute both set and null.
   *
   * @throws IllegalArgumentException for an attribute of another kind
   */
  public ExchangeObjectDraft setNull(Attribute attribute) {
    checkKind(attribute);
    AttributeAccess.addExplicitNull(builder, kind, attribute.key());
    return this;
  }

  /**
   * The object.
   *
   * @throws IllegalArgumentException or {@link IllegalStateException} with the model's message when
   *     it refuses the object (no name, an attribute both set and null)
   */
  public ExchangeObject build() {
    return AttributeAccess.build(builder, kind);
  }

  private void checkKind(Attribute attribute) {
    Objects.requireNonNull(attribute, "attribute");
    attribute.requireKind(kind);
  }

  private static void checkType(Attribute attribute, Object value) {
    if (!attribute.valueType().isInstance(value)) {
      throw new IllegalArgumentException(
          attribute
              + " takes "
              + attribute.valueType().getSimpleName()
              + ", not "
              + (value == null ? "null" : value.getClass().getSimpleName()));
    }
  }
}
