package io.github.coexist.livestate;

import com.google.common.collect.ImmutableSortedMap;
import io.github.coexist.core.model.ExchangeObject;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One object as Exchange reported it, in the model's own type so that every comparison with a plan
 * is the model's.
 *
 * <p>In {@link #object()} an attribute Exchange reported with a value holds that value; one
 * reported as {@code null} is an explicit {@code $null} ({@link ExchangeObject#explicitNulls()});
 * one not reported at all is absent. What Exchange reports that a plan cannot set ({@code Guid},
 * {@code WhenChanged}, {@code DistinguishedName}, ...) is kept aside in {@link #readOnly()}, by
 * Exchange's property name, in its string form.
 */
public final class LiveObject {
  private final ExchangeObject object;
  private final String identity;
  private final Optional<String> guid;
  private final ImmutableSortedMap<String, String> readOnly;
  private final ImmutableSortedMap<String, String> rejected;

  private LiveObject(
      ExchangeObject object,
      String identity,
      Optional<String> guid,
      ImmutableSortedMap<String, String> readOnly,
      ImmutableSortedMap<String, String> rejected) {
    this.object = object;
    this.identity = identity;
    this.guid = guid;
    this.readOnly = readOnly;
    this.rejected = rejected;
  }

  /**
   * A live object.
   *
   * @param object the object in the model's type
   * @param identity Exchange's {@code Identity} ({@code SERVER\Name} for a receive connector, the
   *     name for the others)
   * @param guid Exchange's {@code Guid}, when reported
   * @param readOnly the properties a plan cannot set, by Exchange's property name
   */
  public static LiveObject of(
      ExchangeObject object, String identity, Optional<String> guid, Map<String, String> readOnly) {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(readOnly, "readOnly");
    return of(object, identity, guid, readOnly, Map.of());
  }

  /**
   * A live object with values the model refused.
   *
   * @param rejected by Exchange's property name, why the model refused the value reported for an
   *     attribute it has (the attribute is then absent from {@code object})
   */
  public static LiveObject of(
      ExchangeObject object,
      String identity,
      Optional<String> guid,
      Map<String, String> readOnly,
      Map<String, String> rejected) {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(readOnly, "readOnly");
    Objects.requireNonNull(rejected, "rejected");
    return new LiveObject(
        object,
        identity,
        guid,
        ImmutableSortedMap.copyOf(readOnly),
        ImmutableSortedMap.copyOf(rejected));
  }

  /** A live object as a reader decoded it: its maps are immutable already, so kept as they are. */
  static LiveObject read(
      ExchangeObject object,
      String identity,
      String guid,
      ImmutableSortedMap<String, String> readOnly,
      ImmutableSortedMap<String, String> rejected) {
    return new LiveObject(object, identity, Optional.ofNullable(guid), readOnly, rejected);
  }

  /** The object in the model's type (attributes reported, explicit nulls, absent otherwise). */
  public ExchangeObject object() {
    return object;
  }

  /** Exchange's {@code Identity}, e.g. {@code EX01\From Domino} for a receive connector. */
  public String identity() {
    return identity;
  }

  /** Exchange's {@code Guid}, when the input reported it. */
  public Optional<String> guid() {
    return guid;
  }

  /**
   * What Exchange reported that a plan cannot set, by property name: the string form of each value,
   * a list as its elements joined by {@code ", "}; a property reported as null is left out.
   */
  public ImmutableSortedMap<String, String> readOnly() {
    return readOnly;
  }

  /**
   * Values Exchange reported for attributes the plan has, which the model refused (a value of a
   * form it does not know), by Exchange's property name: the value and the reason, on one line with
   * where it was read. Such an attribute is absent from {@link #object()}: it is not known, and
   * nothing about it is lost silently.
   */
  public ImmutableSortedMap<String, String> rejected() {
    return rejected;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LiveObject that
        && object.equals(that.object)
        && identity.equals(that.identity)
        && guid.equals(that.guid)
        && readOnly.equals(that.readOnly)
        && rejected.equals(that.rejected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, identity, guid, readOnly, rejected);
  }

  @Override
  public String toString() {
    return object.kind().noun() + " " + identity;
  }
}
