package io.github.coexist.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One attribute of an Exchange object kind: its plan key, the Exchange parameter it sets, its value
 * type and where Microsoft documents it. Validators and emitters walk attributes generically
 * instead of naming each accessor:
 *
 * <pre>{@code
 * for (Attribute a : connector.kind().attributes()) {
 *   a.valueIn(connector).ifPresent(v -> System.out.println("-" + a.parameter() + " " + v));
 * }
 * }</pre>
 */
public final class Attribute {
  private final ObjectKind kind;
  private final String key;
  private final String parameter;
  private final Class<?> valueType;
  private final boolean multiValued;
  private final boolean nullable;
  private final boolean switchParameter;
  private final ImmutableSet<Platform> newPlatforms;
  private final ImmutableSet<Platform> setPlatforms;
  private final Function<ExchangeObject, Optional<?>> getter;

  Attribute(
      ObjectKind kind,
      String key,
      String parameter,
      Class<?> valueType,
      boolean multiValued,
      boolean nullable,
      boolean switchParameter,
      Set<Platform> newPlatforms,
      Set<Platform> setPlatforms,
      Function<ExchangeObject, Optional<?>> getter) {
    this.kind = kind;
    this.key = key;
    this.parameter = parameter;
    this.valueType = valueType;
    this.multiValued = multiValued;
    this.nullable = nullable;
    this.switchParameter = switchParameter;
    this.newPlatforms = Sets.immutableEnumSet(newPlatforms);
    this.setPlatforms = Sets.immutableEnumSet(setPlatforms);
    this.getter = getter;
  }

  static Optional<?> list(List<?> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }

  /** The object kind this attribute belongs to. */
  public ObjectKind kind() {
    return kind;
  }

  /** The plan-file key, e.g. {@code remoteIpRanges}. */
  public String key() {
    return key;
  }

  /** The Exchange parameter, e.g. {@code RemoteIPRanges}. */
  public String parameter() {
    return parameter;
  }

  /**
   * The value type: {@code Boolean}, {@code Integer}, {@code String}, an {@link ExchangeEnum} or a
   * value type of {@code io.github.coexist.core.value}; for multi-valued attributes the element
   * type.
   */
  public Class<?> valueType() {
    return valueType;
  }

  /** Whether the attribute holds a list. */
  public boolean multiValued() {
    return multiValued;
  }

  /** Whether the cmdlets accept {@code $null} for it (documented, a list, or free text). */
  public boolean nullable() {
    return nullable;
  }

  /** Whether Exchange declares it a switch ({@code -Custom}, {@code -ForceUpgrade}). */
  public boolean switchParameter() {
    return switchParameter;
  }

  /** Where New-&lt;noun&gt; takes this parameter (empty when only Set- does). */
  public ImmutableSet<Platform> newPlatforms() {
    return newPlatforms;
  }

  /** Where Set-&lt;noun&gt; takes this parameter (empty when only New- does). */
  public ImmutableSet<Platform> setPlatforms() {
    return setPlatforms;
  }

  /** Whether New- or Set- takes it on {@code platform}. */
  public boolean existsOn(Platform platform) {
    Objects.requireNonNull(platform, "platform");
    return newPlatforms.contains(platform) || setPlatforms.contains(platform);
  }

  /**
   * The value {@code object} sets, if any: the value itself, or an {@link ImmutableList} for a
   * multi-valued attribute (absent when empty).
   */
  @SuppressWarnings(
      "unchecked") // an Optional is read-only: Optional<? extends T> is an Optional<T>
  public Optional<Object> valueIn(ExchangeObject object) {
    if (object.kind() != kind) {
      throw new IllegalArgumentException(key + " is not an attribute of " + object.kind().noun());
    }
    // A cast, not map(Object.class::cast): validation and emission call this for every attribute
    // of every object, and map made a second Optional each time (a third of emission's garbage).
    return (Optional<Object>) getter.apply(object);
  }

  /** Whether {@code object} manages this attribute: sets a value or sets it to {@code $null}. */
  public boolean isManagedIn(ExchangeObject object) {
    return valueIn(object).isPresent() || object.explicitNulls().contains(key);
  }

  /**
   * Whether {@code planned} and {@code live} hold the same value of this attribute to Exchange
   * ({@link ExchangeEquivalence}): lists as sets, text case-insensitively where Exchange is, {@code
   * null} = empty list = empty text. An attribute neither sets counts as empty in both.
   */
  public boolean sameIn(ExchangeObject planned, ExchangeObject live) {
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(live, "live");
    return ExchangeEquivalence.same(this, valueIn(planned), valueIn(live));
  }

  @Override
  public String toString() {
    return kind.planKey() + "." + key;
  }
}
