package io.github.coexist.planio;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The codecs of the seven Exchange object kinds, derived from the model's attribute catalogue
 * ({@link ObjectKind#attributes()}): key, value type, list or not. Values are put into the
 * generated builders through their uniform setters, {@code key(Optional)} and {@code
 * key(Iterable)}, so no attribute is mapped by hand; a test proves every attribute reads back
 * through {@link Attribute#valueIn}.
 */
final class ExchangeObjectCodecs {
  /**
   * Each kind's codec is built on first use: building one looks up a builder method per attribute
   * by reflection, and a plan file uses three or four of the seven kinds, so building all seven up
   * front was a tenth of a {@code coexist validate} run (docs/performance.md).
   */
  private static final Map<ObjectKind, Supplier<RecordCodec<ExchangeObject, Object>>> CODECS =
      new EnumMap<>(ObjectKind.class);

  static {
    for (ObjectKind kind : ObjectKind.values()) {
      CODECS.put(kind, Suppliers.memoize(() -> codecFor(kind)));
    }
  }

  private ExchangeObjectCodecs() {}

  /** The codec of one kind (built when it first reads, writes or describes an object). */
  static Codec<ExchangeObject> of(ObjectKind kind) {
    return new Lazy(CODECS.get(kind));
  }

  /** A kind's codec that is built on first use. */
  private static final class Lazy implements Codec<ExchangeObject> {
    private final Supplier<RecordCodec<ExchangeObject, Object>> codec;

    Lazy(Supplier<RecordCodec<ExchangeObject, Object>> codec) {
      this.codec = codec;
    }

    @Override
    public ExchangeObject read(PlanNode node, String path) {
      return codec.get().read(node, path);
    }

    @Override
    public JsonNode write(ExchangeObject value) {
      return codec.get().write(value);
    }

    @Override
    public JsonNode schema(SchemaDefinitions defs) {
      return codec.get().schema(defs);
    }
  }

  private static RecordCodec<ExchangeObject, Object> codecFor(ObjectKind kind) {
    Builders builders = new Builders(kind);
    List<Field<ExchangeObject, Object>> fields = new ArrayList<>();
    for (Attribute attribute : kind.attributes()) {
      fields.add(field(attribute, builders));
    }
    if (kind == ObjectKind.EMAIL_ADDRESS_POLICY) {
      fields.add(updateSecondaryAddressesOnly(builders));
    }
    return new RecordCodec<>(
        kind.noun(),
        "New-" + kind.noun() + " / Set-" + kind.noun() + ": one object of " + kind.planKey() + ".",
        builders::newBuilder,
        builders::build,
        fields);
  }

  /**
   * {@code updateSecondaryAddressesOnly}: how the script applies the policy, not a New-/Set-
   * parameter (so no {@link Attribute}); written only when false, its default being true.
   */
  private static Field<ExchangeObject, Object> updateSecondaryAddressesOnly(Builders builders) {
    Method setter = builders.method("updateSecondaryAddressesOnly", boolean.class);
    return new Field<ExchangeObject, Object>(
        "updateSecondaryAddressesOnly",
        ScalarCodec.BOOLEAN,
        false,
        "Update-EmailAddressPolicy -UpdateSecondaryAddressesOnly (Exchange Server): true (the"
            + " default) adds the policy's secondary addresses and leaves every primary address"
            + " as it is; false rewrites the primary addresses too.",
        object ->
            ((EmailAddressPolicy) object).updateSecondaryAddressesOnly()
                ? Optional.empty()
                : Optional.of(false),
        (builder, value) -> Builders.invoke(setter, builder, value),
        object -> false,
        Optional.empty());
  }

  private static Field<ExchangeObject, Object> field(Attribute attribute, Builders builders) {
    ScalarCodec<?> scalar = ScalarCodec.forAttribute(attribute);
    Codec<?> codec =
        attribute.multiValued()
            ? isFlagList(attribute) ? ListCodec.orOneLine(scalar) : new ListCodec<>(scalar)
            : scalar;
    Method setter = builders.setter(attribute);
    boolean isName = attribute.key().equals("name");
    Optional<Field.NullHandler<Object>> nulls =
        isName ? Optional.empty() : Optional.of(nullHandler(attribute, builders));
    return new Field<ExchangeObject, Object>(
        attribute.key(),
        codec,
        isName,
        describe(attribute),
        attribute::valueIn,
        (builder, value) ->
            Builders.invoke(
                setter, builder, attribute.multiValued() || isName ? value : Optional.of(value)),
        object -> object.explicitNulls().contains(attribute.key()),
        nulls);
  }

  /**
   * Whether the attribute is a list of enumeration values: every such attribute is a flags
   * enumeration in Exchange ({@code AuthMechanism}, {@code PermissionGroups}, {@code
   * ErrorPolicies}, ...), which Exchange prints on one line: {@code Tls, Integrated}.
   */
  static boolean isFlagList(Attribute attribute) {
    return attribute.multiValued() && ExchangeEnum.class.isAssignableFrom(attribute.valueType());
  }

  /**
   * {@code null} is an explicit {@code $null} when the model takes it; the model's refusal is
   * reported at the null itself. Whether Exchange accepts {@code $null} there is for validation.
   */
  private static Field.NullHandler<Object> nullHandler(Attribute attribute, Builders builders) {
    // Asked of the model on the first null only: a probe object per attribute was most of the
    // cost of building a codec, and most plans set no attribute to null.
    Supplier<Optional<String>> refusal = Suppliers.memoize(() -> builders.nullRefusal(attribute));
    return (builder, node, path) -> {
      if (refusal.get().isPresent()) {
        throw new PlanFileException(node.location(), path + ": " + refusal.get().get());
      }
      Builders.invoke(builders.addExplicitNull, builder, attribute.key());
    };
  }

  private static String describe(Attribute attribute) {
    List<String> cmdlets = new ArrayList<>();
    if (!attribute.newPlatforms().isEmpty()) {
      cmdlets.add("New-" + attribute.kind().noun());
    }
    if (!attribute.setPlatforms().isEmpty()) {
      cmdlets.add("Set-" + attribute.kind().noun());
    }
    boolean online = attribute.existsOn(Platform.EXCHANGE_ONLINE);
    boolean server =
        attribute.existsOn(Platform.EXCHANGE_2016)
            || attribute.existsOn(Platform.EXCHANGE_2019)
            || attribute.existsOn(Platform.EXCHANGE_SE);
    String where =
        online && server
            ? "Exchange Online and Server"
            : online
                ? "Exchange Online only"
                : server ? "Exchange Server only" : "older Exchange only";
    String text = "-" + attribute.parameter() + " (" + String.join(", ", cmdlets) + "; " + where;
    if (attribute.key().equals("name")) {
      text += "; required";
    } else if (attribute.nullable()) {
      text += "; null sets $null";
    }
    return text + ").";
  }

  /** Reflective access to one kind's generated builder. */
  static final class Builders {
    private static final ImmutableMap<ObjectKind, Class<? extends ExchangeObject>> MODEL =
        ImmutableMap.<ObjectKind, Class<? extends ExchangeObject>>builder()
            .put(ObjectKind.REMOTE_DOMAIN, RemoteDomain.class)
            .put(ObjectKind.ACCEPTED_DOMAIN, AcceptedDomain.class)
            .put(ObjectKind.EMAIL_ADDRESS_POLICY, EmailAddressPolicy.class)
            .put(ObjectKind.SEND_CONNECTOR, SendConnector.class)
            .put(ObjectKind.RECEIVE_CONNECTOR, ReceiveConnector.class)
            .put(ObjectKind.INBOUND_CONNECTOR, InboundConnector.class)
            .put(ObjectKind.OUTBOUND_CONNECTOR, OutboundConnector.class)
            .buildOrThrow();

    private final ObjectKind kind;
    private final Method builderFactory;
    private final Method build;
    private final Method name;
    final Method addExplicitNull;

    /** Sets {@code value} (a list for a multi-valued attribute) on {@code builder}. */
    void set(Object builder, Method setter, Attribute attribute, Object value) {
      invoke(
          setter,
          builder,
          attribute.multiValued() || attribute.key().equals("name") ? value : Optional.of(value));
    }

    Builders(ObjectKind kind) {
      this.kind = kind;
      try {
        builderFactory = MODEL.get(kind).getMethod("builder");
        Class<?> builderType = builderFactory.getReturnType();
        build = builderType.getMethod("build");
        name = builderType.getMethod("name", String.class);
        addExplicitNull = builderType.getMethod("addExplicitNull", String.class);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("the builder of " + kind.noun() + " changed shape", e);
      }
    }

    Object newBuilder() {
      return invoke(builderFactory, null);
    }

    ExchangeObject build(Object builder) {
      return (ExchangeObject) invoke(build, builder);
    }

    /** The builder method {@code name(parameter)}. */
    Method method(String name, Class<?> parameter) {
      try {
        return builderFactory.getReturnType().getMethod(name, parameter);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no " + name + " on the builder of " + kind.noun(), e);
      }
    }

    /** {@code key(Iterable)} for a list, {@code key(Optional)} otherwise. */
    Method setter(Attribute attribute) {
      Class<?> parameter = attribute.multiValued() ? Iterable.class : Optional.class;
      if (attribute.key().equals("name")) {
        return name;
      }
      try {
        return builderFactory.getReturnType().getMethod(attribute.key(), parameter);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(
            "no setter "
                + attribute.key()
                + "("
                + parameter.getSimpleName()
                + ") on the builder of "
                + kind.noun(),
            e);
      }
    }

    /** What the model says to {@code null} for the attribute, tried once on a probe object. */
    Optional<String> nullRefusal(Attribute attribute) {
      Object probe = newBuilder();
      invoke(name, probe, "probe");
      try {
        invoke(addExplicitNull, probe, attribute.key());
        build(probe);
        return Optional.empty();
      } catch (IllegalArgumentException | IllegalStateException e) {
        return Optional.of(String.valueOf(e.getMessage()));
      }
    }

    /** Invokes a builder method; the model's own exceptions pass through unwrapped. */
    static Object invoke(Method method, Object target, Object... arguments) {
      try {
        return method.invoke(target, arguments);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw new IllegalStateException(e.getCause());
      } catch (IllegalAccessException | IllegalArgumentException e) {
        // Thrown by reflection itself (not by the model): the builder changed shape.
        throw new IllegalStateException("cannot call " + method, e);
      }
    }
  }
}
