package io.github.coexist.planio;

import com.google.common.base.Splitter;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Attribute values from Exchange's text forms, read with exactly the parse a plan file's values go
 * through, and Exchange objects built from them: what a reader of a live organisation (a snapshot,
 * an {@code Export-Clixml} capture) needs so that its objects compare with a plan's as the model
 * compares them.
 *
 * <pre>{@code
 * Attribute hosts = ObjectKind.SEND_CONNECTOR.attribute("smartHosts").orElseThrow();
 * Object host = ExchangeValues.parse(hosts, "relay.contoso.com");          // a SmartHost
 * List<Object> auth = ExchangeValues.parseFlags(authMechanism, "Tls, Integrated");
 * ExchangeObject connector = ExchangeValues.build(
 *     ObjectKind.SEND_CONNECTOR, "To Domino", Map.of("smartHosts", List.of(host)), List.of());
 * }</pre>
 */
public final class ExchangeValues {
  private static final Map<ObjectKind, Supplier<Assembler>> ASSEMBLERS =
      new EnumMap<>(ObjectKind.class);

  static {
    for (ObjectKind kind : ObjectKind.values()) {
      ASSEMBLERS.put(kind, Suppliers.memoize(() -> new Assembler(kind)));
    }
  }

  private ExchangeValues() {}

  /**
   * One value of {@code attribute} (one element, for a list) from its text: {@code 35 MB
   * (36,700,160 bytes)}, {@code smtp:contoso.com;1} in a connector's domains, {@code True}, an
   * enumeration name in any case, ...
   *
   * @return a {@code Boolean}, {@code Integer}, {@code String}, enumeration or {@code core.value}
   *     value, as {@link Attribute#valueType()} says
   * @throws IllegalArgumentException one line saying what was expected
   */
  public static Object parse(Attribute attribute, String text) {
    Objects.requireNonNull(text, "text");
    return ScalarCodec.forAttribute(attribute).parseText(text);
  }

  /**
   * Whether {@code attribute} is a list of flags, which Exchange prints on one line ({@code Tls,
   * Integrated}).
   */
  public static boolean isFlagList(Attribute attribute) {
    return ExchangeObjectCodecs.isFlagList(attribute);
  }

  /**
   * The flags of a one-line flags value such as {@code Tls, Integrated}, each read with {@link
   * #parse}.
   *
   * @throws IllegalArgumentException for an attribute that is not a flag list, an empty part, or a
   *     part that is not one of the flags
   */
  public static ImmutableList<Object> parseFlags(Attribute attribute, String text) {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(text, "text");
    if (!isFlagList(attribute)) {
      throw new IllegalArgumentException(attribute + " is not a list of flags");
    }
    ImmutableList.Builder<Object> flags = ImmutableList.builder();
    for (String part : Splitter.on(',').trimResults().split(text)) {
      if (part.isEmpty()) {
        throw new IllegalArgumentException(
            "empty part in " + Messages.quote(text) + " (expected flags as A, B)");
      }
      flags.add(parse(attribute, part));
    }
    return flags.build();
  }

  /**
   * An object of {@code kind} through the model's own builder, as a plan file's object is built.
   *
   * @param values plan key to value (an {@link Iterable} for a multi-valued attribute), as {@link
   *     #parse} returns them
   * @param explicitNulls plan keys of the attributes set to {@code $null}
   * @throws IllegalArgumentException or {@link IllegalStateException} with the model's message when
   *     it refuses the object (an unknown key, a value of the wrong type, a key both set and null)
   */
  public static ExchangeObject build(
      ObjectKind kind, String name, Map<String, ?> values, Collection<String> explicitNulls) {
    return ASSEMBLERS.get(kind).get().build(name, values, explicitNulls);
  }

  /**
   * A builder of one object of {@code kind}, given attribute by attribute: what a reader that
   * streams an object's properties calls, so that no map of values is made per object. The checks
   * and the model's own validation are those of {@link #build}.
   *
   * <pre>{@code
   * ExchangeObject connector = ExchangeValues.builder(ObjectKind.SEND_CONNECTOR)
   *     .name("To Domino").set(smartHosts, List.of(host)).setNull(comment).build();
   * }</pre>
   */
  public static ObjectBuilder builder(ObjectKind kind) {
    return new ObjectBuilder(ASSEMBLERS.get(kind).get());
  }

  /** One object of a kind, attribute by attribute ({@link #builder}). */
  public static final class ObjectBuilder {
    private final Assembler assembler;
    private final Object builder;

    private ObjectBuilder(Assembler assembler) {
      this.assembler = assembler;
      this.builder = assembler.builders.newBuilder();
    }

    /** The object's name. */
    public ObjectBuilder name(String name) {
      assembler.builders.set(builder, assembler.name, assembler.nameAttribute, name);
      return this;
    }

    /**
     * Sets {@code attribute} to {@code value} (an {@link Iterable} for a multi-valued attribute),
     * as {@link #parse} returns values.
     *
     * @throws IllegalArgumentException for an attribute of another kind, the name, or a value of
     *     the wrong type
     */
    public ObjectBuilder set(Attribute attribute, Object value) {
      assembler.set(builder, attribute, value);
      return this;
    }

    /** Sets {@code attribute} to {@code $null}. */
    public ObjectBuilder setNull(Attribute attribute) {
      ExchangeObjectCodecs.Builders.invoke(
          assembler.builders.addExplicitNull, builder, assembler.attributeOf(attribute).key());
      return this;
    }

    /**
     * The object.
     *
     * @throws IllegalArgumentException or {@link IllegalStateException} with the model's message
     *     when it refuses the object
     */
    public ExchangeObject build() {
      return assembler.builders.build(builder);
    }
  }

  /** One kind's builder and setters, looked up once. */
  private static final class Assembler {
    private final ObjectKind kind;
    private final ExchangeObjectCodecs.Builders builders;
    private final ImmutableMap<String, Method> setters;
    private final ImmutableMap<String, Attribute> attributes;
    private final Attribute nameAttribute;
    private final Method name;

    Assembler(ObjectKind kind) {
      this.kind = kind;
      this.builders = new ExchangeObjectCodecs.Builders(kind);
      ImmutableMap.Builder<String, Method> setters = ImmutableMap.builder();
      ImmutableMap.Builder<String, Attribute> attributes = ImmutableMap.builder();
      for (Attribute attribute : kind.attributes()) {
        setters.put(attribute.key(), builders.setter(attribute));
        attributes.put(attribute.key(), attribute);
      }
      this.setters = setters.buildOrThrow();
      this.attributes = attributes.buildOrThrow();
      this.nameAttribute = kind.attribute("name").orElseThrow();
      this.name = this.setters.get("name");
    }

    ExchangeObject build(String name, Map<String, ?> values, Collection<String> explicitNulls) {
      ObjectBuilder object = new ObjectBuilder(this).name(name);
      for (Map.Entry<String, ?> entry : values.entrySet()) {
        // A map, not kind.attribute's scan: a snapshot builds every object of an organisation.
        Attribute attribute = attributes.get(entry.getKey());
        if (attribute == null) {
          throw new IllegalArgumentException(kind.noun() + " has no attribute " + entry.getKey());
        }
        object.set(attribute, entry.getValue());
      }
      for (String key : explicitNulls) {
        ExchangeObjectCodecs.Builders.invoke(builders.addExplicitNull, object.builder, key);
      }
      return object.build();
    }

    /** {@code attribute}, refused unless it is one of this kind's. */
    Attribute attributeOf(Attribute attribute) {
      if (attributes.get(attribute.key()) != attribute) {
        throw new IllegalArgumentException(kind.noun() + " has no attribute " + attribute);
      }
      return attribute;
    }

    void set(Object builder, Attribute attribute, Object value) {
      attributeOf(attribute);
      if (attribute == nameAttribute) {
        throw new IllegalArgumentException("the name is given apart from the values");
      }
      if (attribute.multiValued() && !(value instanceof Iterable)) {
        throw new IllegalArgumentException(attribute + " takes a list");
      }
      if (attribute.multiValued() && value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          checkType(attribute, list.get(i));
        }
      } else if (attribute.multiValued()) {
        for (Object element : (Iterable<?>) value) {
          checkType(attribute, element);
        }
      } else {
        checkType(attribute, value);
      }
      builders.set(builder, setters.get(attribute.key()), attribute, value);
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
}
