package io.github.coexist.planio;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ExchangeObjectDraft;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The codecs of the seven Exchange object kinds, derived from the model's generated attribute table
 * ({@link ObjectKind#attributes()}): key, value type, list or not. Values go into the model through
 * {@link ExchangeObjectDraft} and come out through {@link Attribute#valueIn}, so no attribute is
 * mapped by hand and none is reached by reflection.
 */
final class ExchangeObjectCodecs {
  private static final Map<ObjectKind, Codec<ExchangeObject>> CODECS = codecs();

  private ExchangeObjectCodecs() {}

  /** The codec of one kind. */
  static Codec<ExchangeObject> of(ObjectKind kind) {
    return CODECS.get(kind);
  }

  private static Map<ObjectKind, Codec<ExchangeObject>> codecs() {
    Map<ObjectKind, Codec<ExchangeObject>> codecs = new EnumMap<>(ObjectKind.class);
    for (ObjectKind kind : ObjectKind.values()) {
      codecs.put(kind, codecFor(kind));
    }
    return codecs;
  }

  private static Codec<ExchangeObject> codecFor(ObjectKind kind) {
    List<Field<ExchangeObject, Assembly>> fields = new ArrayList<>();
    for (Attribute attribute : kind.attributes()) {
      fields.add(field(attribute));
    }
    if (kind == ObjectKind.EMAIL_ADDRESS_POLICY) {
      fields.add(updateSecondaryAddressesOnly());
    }
    return new RecordCodec<>(
        kind.noun(),
        "New-" + kind.noun() + " / Set-" + kind.noun() + ": one object of " + kind.planKey() + ".",
        () -> new Assembly(kind),
        Assembly::build,
        fields);
  }

  /**
   * An object being read: the draft of its attributes, and the plan facts of its kind that are no
   * attribute.
   */
  private static final class Assembly {
    final ExchangeObjectDraft draft;
    Optional<Boolean> updateSecondaryAddressesOnly = Optional.empty();

    Assembly(ObjectKind kind) {
      this.draft = ExchangeObjectDraft.of(kind);
    }

    ExchangeObject build() {
      ExchangeObject object = draft.build();
      if (updateSecondaryAddressesOnly.isPresent()) {
        return ((EmailAddressPolicy) object)
            .toBuilder().updateSecondaryAddressesOnly(updateSecondaryAddressesOnly.get()).build();
      }
      return object;
    }
  }

  /**
   * {@code updateSecondaryAddressesOnly}: how the script applies the policy, not a New-/Set-
   * parameter (so no {@link Attribute}); written only when false, its default being true.
   */
  private static Field<ExchangeObject, Assembly> updateSecondaryAddressesOnly() {
    return new Field<ExchangeObject, Assembly>(
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
        (Assembly assembly, Boolean value) ->
            assembly.updateSecondaryAddressesOnly = Optional.of(value),
        object -> false,
        Optional.empty());
  }

  private static Field<ExchangeObject, Assembly> field(Attribute attribute) {
    ScalarCodec<?> scalar = ScalarCodec.forAttribute(attribute);
    Codec<?> codec =
        attribute.multiValued()
            ? isFlagList(attribute) ? ListCodec.orOneLine(scalar) : new ListCodec<>(scalar)
            : scalar;
    boolean isName = attribute.key().equals("name");
    // null is an explicit $null for every attribute but the name; whether Exchange accepts $null
    // there is for validation to say.
    Optional<Field.NullHandler<Assembly>> nulls =
        isName
            ? Optional.empty()
            : Optional.of((assembly, node, path) -> assembly.draft.setNull(attribute));
    return new Field<ExchangeObject, Assembly>(
        attribute.key(),
        codec,
        isName,
        describe(attribute),
        attribute::valueIn,
        (Assembly assembly, Object value) -> assembly.draft.set(attribute, value),
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
}
