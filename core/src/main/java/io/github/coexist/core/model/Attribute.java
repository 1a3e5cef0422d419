package io.github.coexist.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One attribute of an Exchange object kind: its plan key, the Exchange parameter it sets, its value
 * type and where Microsoft documents it; a row of the table {@code tools/generate-model.py} writes
 * from Microsoft's reference. Validators and emitters walk attributes generically instead of naming
 * each accessor:
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
  private final String property;
  private final Class<?> valueType;
  private final boolean multiValued;
  private final boolean nullable;
  private final boolean switchParameter;
  private final ImmutableSet<Platform> newPlatforms;
  private final ImmutableSet<Platform> setPlatforms;
  // Its position among its kind's attributes, given once by inOrder before the table is published.
  private int index = -1;

  private Attribute(Row row) {
    this.kind = row.kind;
    this.key = row.key;
    this.parameter = Objects.requireNonNull(row.parameter, "parameter");
    this.property = row.property == null ? row.parameter : row.property;
    this.valueType = Objects.requireNonNull(row.valueType, "valueType");
    this.multiValued = row.list;
    this.nullable = row.nullable;
    this.switchParameter = row.switchParameter;
    this.newPlatforms = Sets.immutableEnumSet(row.newOn);
    this.setPlatforms = Sets.immutableEnumSet(row.setOn);
  }

  /**
   * One row of the generated {@link AttributeTable}, its fields named: {@code row(SEND_CONNECTOR,
   * "smartHosts").parameter("SmartHosts").valueType(SmartHost.class).list().nullable()
   * .newOn(SERVER).setOn(SERVER).build()}. Unnamed flags are false; unnamed platforms are none.
   */
  static Row row(ObjectKind kind, String key) {
    return new Row(kind, key);
  }

  /**
   * The attributes of one kind in table order, each told its position ({@link AttributeValues}
   * keeps an object's values by it).
   */
  static ImmutableList<Attribute> inOrder(Attribute... rows) {
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].index >= 0) {
        throw new IllegalStateException(rows[i] + " is in a table already");
      }
      rows[i].index = i;
    }
    return ImmutableList.copyOf(rows);
  }

  /**
   * Refuses to be read from or set on an object of another kind.
   *
   * @throws IllegalArgumentException naming this attribute and {@code other}
   */
  void requireKind(ObjectKind other) {
    if (other != kind) {
      throw new IllegalArgumentException(key + " is not an attribute of " + other.noun());
    }
  }

  /** The position of this attribute among its kind's {@link ObjectKind#attributes()}. */
  int index() {
    return index;
  }

  /** The fields of one attribute, set by name. */
  static final class Row {
    private final ObjectKind kind;
    private final String key;
    private String parameter;
    private String property;
    private Class<?> valueType;
    private boolean list;
    private boolean nullable;
    private boolean switchParameter;
    private Set<Platform> newOn = EnumSet.noneOf(Platform.class);
    private Set<Platform> setOn = EnumSet.noneOf(Platform.class);

    private Row(ObjectKind kind, String key) {
      this.kind = kind;
      this.key = key;
    }

    Row parameter(String parameter) {
      this.parameter = parameter;
      return this;
    }

    /** The Get- property, when Exchange names it otherwise than the parameter. */
    Row property(String property) {
      this.property = property;
      return this;
    }

    Row valueType(Class<?> valueType) {
      this.valueType = valueType;
      return this;
    }

    Row list() {
      this.list = true;
      return this;
    }

    Row nullable() {
      this.nullable = true;
      return this;
    }

    Row switchParameter() {
      this.switchParameter = true;
      return this;
    }

    Row newOn(Set<Platform> platforms) {
      this.newOn = platforms;
      return this;
    }

    Row setOn(Set<Platform> platforms) {
      this.setOn = platforms;
      return this;
    }

    Attribute build() {
      return new Attribute(this);
    }
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
   * The property the kind's Get- cmdlet shows this attribute's value under: the parameter's name,
   * unless Exchange names it otherwise ({@code Set-AcceptedDomain -MakeDefault} shows as {@code
   * Default}). A script compares the live value through it; only a value shown under the
   * parameter's own name can be set back with that parameter.
   */
  public String property() {
    return property;
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
    requireKind(object.kind());
    // A cast, not map(Object.class::cast): validation and emission call this for every attribute
    // of every object, and map would make a second Optional each time.
    return (Optional<Object>) AttributeAccess.get(object, this);
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
