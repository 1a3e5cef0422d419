package io.github.coexist.planio;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ExchangeObjectDraft;
import io.github.coexist.core.model.ObjectKind;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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
   * {@link #parse} for one attribute, looked up once: for a reader that parses many values of the
   * same attribute (a snapshot of a whole organisation).
   *
   * <pre>{@code
   * Function<String, Object> hosts = ExchangeValues.parser(smartHosts);
   * Object host = hosts.apply("relay.contoso.com"); // a SmartHost
   * }</pre>
   */
  public static Function<String, Object> parser(Attribute attribute) {
    ScalarCodec<?> codec = ScalarCodec.forAttribute(Objects.requireNonNull(attribute, "attribute"));
    return text -> codec.parseText(Objects.requireNonNull(text, "text"));
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
   * An object of {@code kind} through the model's own builder ({@link ExchangeObjectDraft}), as a
   * plan file's object is built.
   *
   * @param values plan key to value (an {@link Iterable} for a multi-valued attribute), as {@link
   *     #parse} returns them
   * @param explicitNulls plan keys of the attributes set to {@code $null}
   * @throws IllegalArgumentException or {@link IllegalStateException} with the model's message when
   *     it refuses the object (an unknown key, a value of the wrong type, a key both set and null)
   */
  public static ExchangeObject build(
      ObjectKind kind, String name, Map<String, ?> values, Collection<String> explicitNulls) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(explicitNulls, "explicitNulls");
    ObjectBuilder object = builder(kind).name(name);
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      Attribute attribute =
          kind.attribute(entry.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          kind.noun() + " has no attribute " + entry.getKey()));
      object.set(attribute, entry.getValue());
    }
    for (String key : explicitNulls) {
      Attribute attribute =
          kind.attribute(key)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          kind.noun() + " has no attribute " + key + " to set to null"));
      object.setNull(attribute);
    }
    return object.build();
  }

  /**
   * A builder of one object of {@code kind}, given attribute by attribute: what a reader that
   * streams an object's properties calls, so that no map of values is made per object. The checks
   * and the model's own validation are those of {@link #build}; the values go through {@link
   * ExchangeObjectDraft}, without reflection.
   *
   * <pre>{@code
   * ExchangeObject connector = ExchangeValues.builder(ObjectKind.SEND_CONNECTOR)
   *     .name("To Domino").set(smartHosts, List.of(host)).setNull(comment).build();
   * }</pre>
   */
  public static ObjectBuilder builder(ObjectKind kind) {
    return new ObjectBuilder(ExchangeObjectDraft.of(kind));
  }

  /** One object of a kind, attribute by attribute ({@link #builder}). */
  public static final class ObjectBuilder {
    private final ExchangeObjectDraft draft;
    private final Attribute nameAttribute;

    private ObjectBuilder(ExchangeObjectDraft draft) {
      this.draft = draft;
      this.nameAttribute = draft.kind().attributes().get(0);
    }

    /** The object's name. */
    public ObjectBuilder name(String name) {
      Objects.requireNonNull(name, "name");
      draft.set(nameAttribute, name);
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
      checkKind(attribute);
      if (attribute == nameAttribute) {
        throw new IllegalArgumentException("the name is given apart from the values");
      }
      if (value == null) {
        throw new IllegalArgumentException(
            attribute.multiValued()
                ? attribute + " takes a list"
                : attribute + " takes " + attribute.valueType().getSimpleName() + ", not null");
      }
      draft.set(attribute, value);
      return this;
    }

    /** Sets {@code attribute} to {@code $null}. */
    public ObjectBuilder setNull(Attribute attribute) {
      checkKind(attribute);
      draft.setNull(attribute);
      return this;
    }

    /**
     * The object.
     *
     * @throws IllegalArgumentException or {@link IllegalStateException} with the model's message
     *     when it refuses the object
     */
    public ExchangeObject build() {
      return draft.build();
    }

    private void checkKind(Attribute attribute) {
      if (attribute.kind() != draft.kind()) {
        throw new IllegalArgumentException(draft.kind().noun() + " has no attribute " + attribute);
      }
    }
  }
}
