package io.github.coexist.core.model;

import com.google.common.collect.ImmutableSet;

/**
 * What every Exchange object of a plan has: a kind, a name, and attributes set to {@code $null}.
 */
public interface ExchangeObject {
  /** The object kind (and with it the cmdlet noun and the attribute catalogue). */
  ObjectKind kind();

  /** The object's name (its identity in Exchange). */
  String name();

  /**
   * Plan keys of the attributes explicitly set to {@code $null} (e.g. {@code tlsSettings}), in the
   * order given. Distinct from an absent (unmanaged) attribute.
   */
  ImmutableSet<String> explicitNulls();

  /**
   * Refuses what is structurally impossible: {@code $null} for an attribute the kind does not have,
   * or for one that also has a value.
   */
  static void checkExplicitNulls(ExchangeObject object) {
    if (object.name().isEmpty()) {
      throw new IllegalArgumentException(object.kind().noun() + ".name must not be empty");
    }
    for (String key : object.explicitNulls()) {
      Attribute attribute =
          object
              .kind()
              .attribute(key)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          object.kind().noun() + " has no attribute " + key + " to set to null"));
      if (attribute.valueIn(object).isPresent()) {
        throw new IllegalArgumentException(
            object.kind().noun() + "." + key + " is both set and null");
      }
    }
  }
}
