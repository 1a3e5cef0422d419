package io.github.coexist.livestate;

import com.google.common.collect.ImmutableSortedMap;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.planio.ExchangeValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one object's properties, given one at a time in the canonical form ({@link LiveValue}'s
 * cases), into a {@link LiveObject}: each property that names an attribute (by its Exchange
 * parameter, without case) is read with plan-io's parse and set on the model's builder at once, so
 * a live value and a plan's value are the same model value; {@code Name}, {@code Identity} and
 * {@code Guid} identify the object; every other property is kept aside as read-only.
 *
 * <p>A reported null, and a reported empty list (Exchange makes no difference between {@code $null}
 * and {@code @()} for a list), is an explicit null. A value the model refuses is kept among {@link
 * LiveObject#rejected()}, not thrown: one odd value must not hide the rest of the organisation.
 *
 * <p>One decoder serves one read, one object at a time: {@link #begin}, the properties, {@link
 * #finish}. A streaming reader calls the typed {@code put} methods straight from its tokens (no
 * value object, no location object: a location is its line and column, made into text only for a
 * message); the others give {@link LiveValue}s. Value texts are parsed once per read where they
 * repeat ({@link ParsedValues}), and what is known of a property name (its role, its attribute,
 * whether an object has it already) is looked up once per distinct name.
 */
final class ObjectDecoder {
  private static final Map<ObjectKind, Map<String, Attribute>> BY_PARAMETER =
      new EnumMap<>(ObjectKind.class);

  static {
    for (ObjectKind kind : ObjectKind.values()) {
      Map<String, Attribute> byParameter = new HashMap<>();
      for (Attribute attribute : kind.attributes()) {
        if (!attribute.key().equals("name")) {
          byParameter.put(attribute.parameter().toLowerCase(Locale.ROOT), attribute);
        }
      }
      BY_PARAMETER.put(kind, byParameter);
    }
  }

  /** What a property is to the decoder. */
  private enum Role {
    NAME,
    IDENTITY,
    GUID,
    ATTRIBUTE,
    READ_ONLY
  }

  /** One distinct property name of one kind, as this read has met it. */
  private static final class Property {
    final Role role;
    final Attribute attribute;
    final ParsedValues.Of values;

    /** The same for every spelling of the name (names compare without case, as PowerShell's). */
    final int id;

    Property(Role role, Attribute attribute, ParsedValues.Of values, int id) {
      this.role = role;
      this.attribute = attribute;
      this.values = values;
      this.id = id;
    }
  }

  /**
   * What this read has met of one kind's property names: by name, and by position in the object
   * before. Objects of a kind list their properties in one order, so the name at a position is
   * usually the one there before (the same String, where the parser keeps one per name), which
   * spares a map lookup per property.
   */
  private static final class KindProperties {
    final Map<String, Property> byName = new HashMap<>();
    String[] names = new String[16];
    Property[] atPosition = new Property[16];

    void remember(int position, String name, Property property) {
      if (position >= names.length) {
        names = Arrays.copyOf(names, Math.max(names.length * 2, position + 1));
        atPosition = Arrays.copyOf(atPosition, names.length);
      }
      names[position] = name;
      atPosition[position] = property;
    }
  }

  private final String source;
  private final ParsedValues parsed = new ParsedValues();
  private final Map<ObjectKind, KindProperties> properties = new EnumMap<>(ObjectKind.class);
  private final Map<String, Integer> ids = new HashMap<>();

  // The object being decoded.
  private ObjectKind kind;
  private KindProperties kindProperties;
  private int position;
  private String location;
  private int line;
  private int column;
  private int[] seen = new int[64];
  private int object;
  private String name;
  private String identity;
  private String guid;
  private SnapshotFormatException badName;
  private RuntimeException refused;
  private ExchangeValues.ObjectBuilder builder;
  private Attribute[] nulls = new Attribute[16];
  private int nullCount;
  // Read-only properties in the order read, sorted once into the object's map at the end.
  private String[] readOnlyNames = new String[16];
  private String[] readOnlyValues = new String[16];
  private int readOnlyCount;
  private TreeMap<String, String> rejected;

  /**
   * A decoder for one read.
   *
   * @param source names the input in messages (its values' locations are {@code
   *     source:line:column})
   */
  ObjectDecoder(String source) {
    this.source = source;
  }

  /** Starts an object of {@code kind} at {@code location} (for the object's own messages). */
  void begin(ObjectKind kind, String location) {
    begin(kind, location, 0, 0);
  }

  /** Starts an object of {@code kind} at {@code line}:{@code column} of the source. */
  void begin(ObjectKind kind, int line, int column) {
    begin(kind, null, line, column);
  }

  private void begin(ObjectKind kind, String location, int line, int column) {
    this.kind = kind;
    this.kindProperties = properties.computeIfAbsent(kind, k -> new KindProperties());
    this.position = 0;
    this.location = location;
    this.line = line;
    this.column = column;
    object++;
    name = null;
    identity = null;
    guid = null;
    badName = null;
    refused = null;
    builder = ExchangeValues.builder(kind);
    nullCount = 0;
    readOnlyCount = 0;
    rejected = null;
  }

  /** Adds a property in its canonical form (see {@link LiveValue}). */
  void put(String property, LiveValue value) {
    At at = value.location();
    if (value instanceof LiveValue.Null) {
      putNull(property, at.line(), at.column());
    } else if (value instanceof LiveValue.Bool bool) {
      putBoolean(property, bool.value(), at.line(), at.column());
    } else if (value instanceof LiveValue.Number number) {
      putNumber(property, number.text(), at.line(), at.column());
    } else if (value instanceof LiveValue.Text text) {
      putText(property, text.text(), at.line(), at.column());
    } else if (value instanceof LiveValue.Texts texts) {
      putTexts(property, texts.items(), at.line(), at.column());
    } else {
      putUnknown(property, ((LiveValue.Unknown) value).why(), at.line(), at.column());
    }
  }

  /** A reported null, at {@code line}:{@code column}. */
  void putNull(String property, int line, int column) {
    Property p = property(property, line, column);
    switch (p.role) {
      case NAME -> badName(property, "null", line, column);
      case IDENTITY, READ_ONLY -> {}
      case GUID -> guid = null;
      case ATTRIBUTE -> addNull(p.attribute);
    }
  }

  /** A boolean. */
  void putBoolean(String property, boolean value, int line, int column) {
    Property p = property(property, line, column);
    String shown = value ? "True" : "False";
    switch (p.role) {
      case NAME -> badName(property, shown, line, column);
      case IDENTITY -> identity = shown;
      case GUID -> guid = shown;
      case READ_ONLY -> readOnly(property, shown);
      case ATTRIBUTE -> {
        Attribute attribute = p.attribute;
        if (attribute.multiValued()) {
          setItem(property, p, value ? "true" : "false", line, column);
        } else if (attribute.valueType() != Boolean.class) {
          reject(
              property,
              line,
              column,
              "expected " + attribute.valueType().getSimpleName() + ", found a boolean");
        } else {
          set(property, p, value ? "true" : "false", line, column);
        }
      }
    }
  }

  /** A number, as its text. */
  void putNumber(String property, String text, int line, int column) {
    Property p = property(property, line, column);
    switch (p.role) {
      case NAME -> badName(property, text, line, column);
      case IDENTITY -> identity = text;
      case GUID -> guid = text;
      case READ_ONLY -> readOnly(property, text);
      case ATTRIBUTE -> {
        Attribute attribute = p.attribute;
        if (ExchangeEnum.class.isAssignableFrom(attribute.valueType())) {
          try {
            Object element = EnumNumbers.of(attribute.valueType(), text);
            setValue(attribute, attribute.multiValued() ? List.of(element) : element);
          } catch (IllegalArgumentException e) {
            reject(property, line, column, e.getMessage());
          }
        } else if (attribute.multiValued()) {
          setItem(property, p, text, line, column);
        } else {
          set(property, p, text, line, column);
        }
      }
    }
  }

  /** A text: Exchange's string form of a value. */
  void putText(String property, String text, int line, int column) {
    Property p = property(property, line, column);
    switch (p.role) {
      case NAME -> {
        if (text.isEmpty()) {
          badName(property, Quote.of(text), line, column);
        } else {
          name = text;
        }
      }
      case IDENTITY -> identity = text;
      case GUID -> guid = text;
      case READ_ONLY -> readOnly(property, text);
      case ATTRIBUTE -> {
        if (p.attribute.multiValued()) {
          setItem(property, p, text, line, column);
        } else {
          set(property, p, text, line, column);
        }
      }
    }
  }

  /**
   * A list of texts. The decoder does not keep {@code items}: a reader may reuse one list for every
   * value.
   */
  void putTexts(String property, List<String> items, int line, int column) {
    Property p = property(property, line, column);
    switch (p.role) {
      case NAME -> {
        List<String> quoted = new ArrayList<>();
        items.forEach(item -> quoted.add(Quote.of(item)));
        badName(property, "[" + String.join(", ", quoted) + "]", line, column);
      }
      case IDENTITY -> identity = String.join(", ", items);
      case GUID -> guid = String.join(", ", items);
      case READ_ONLY -> readOnly(property, String.join(", ", items));
      case ATTRIBUTE -> setTexts(property, p, items, line, column);
    }
  }

  /** A value no reader could reduce to a string form; {@code why} says what it was. */
  void putUnknown(String property, String why, int line, int column) {
    Property p = property(property, line, column);
    switch (p.role) {
      case NAME -> badName(property, "null", line, column);
      case IDENTITY, READ_ONLY -> {}
      case GUID -> guid = null;
      case ATTRIBUTE -> reject(property, line, column, why);
    }
  }

  /**
   * The object.
   *
   * @throws SnapshotFormatException when it has no name, or a name that is not a text, or the model
   *     refuses it
   */
  LiveObject finish() {
    if (badName != null) {
      throw badName;
    }
    if (name == null) {
      throw new SnapshotFormatException(
          objectLocation(), "a " + kind.noun() + " without a Name (expected a \"Name\" property)");
    }
    ExchangeObject built;
    try {
      if (refused != null) {
        throw refused;
      }
      builder.name(name);
      for (int i = 0; i < nullCount; i++) {
        builder.setNull(nulls[i]);
      }
      built = builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SnapshotFormatException(
          objectLocation(), kind.noun() + " " + Quote.of(name) + ": " + e.getMessage(), e);
    }
    return LiveObject.read(
        built,
        identity == null ? name : identity,
        guid,
        readOnly(),
        rejected == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOf(rejected));
  }

  /**
   * What {@code name} is to this object's kind.
   *
   * @throws SnapshotFormatException when the object has the property already (without case)
   */
  private Property property(String name, int line, int column) {
    KindProperties known = kindProperties;
    int at = position++;
    Property p;
    if (at < known.names.length && name.equals(known.names[at])) {
      p = known.atPosition[at];
    } else {
      p = known.byName.get(name);
      if (p == null) {
        p = describe(name);
        known.byName.put(name, p);
      }
      known.remember(at, name, p);
    }
    if (p.id >= seen.length) {
      seen = Arrays.copyOf(seen, Math.max(seen.length * 2, p.id + 1));
    }
    if (seen[p.id] == object) {
      throw new SnapshotFormatException(
          at(line, column), "property " + Quote.of(name) + " given twice in one object");
    }
    seen[p.id] = object;
    return p;
  }

  private Property describe(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Integer id = ids.get(lower);
    if (id == null) {
      id = ids.size();
      ids.put(lower, id);
    }
    switch (lower) {
      case "name" -> {
        return new Property(Role.NAME, null, null, id);
      }
      case "identity" -> {
        return new Property(Role.IDENTITY, null, null, id);
      }
      case "guid" -> {
        return new Property(Role.GUID, null, null, id);
      }
      default -> {
        Attribute attribute = BY_PARAMETER.get(kind).get(lower);
        return attribute == null
            ? new Property(Role.READ_ONLY, null, null, id)
            : new Property(Role.ATTRIBUTE, attribute, parsed.of(attribute), id);
      }
    }
  }

  /** A single value from its text. */
  private void set(String property, Property p, String text, int line, int column) {
    Object value;
    try {
      value = p.values.parse(text);
    } catch (IllegalArgumentException e) {
      reject(property, line, column, e.getMessage());
      return;
    }
    setValue(p.attribute, value);
  }

  /** A list of one element from one text (a flag list's text may hold several). */
  private void setItem(String property, Property p, String text, int line, int column) {
    Attribute attribute = p.attribute;
    Object value;
    try {
      value = p.values.parseItem(text);
    } catch (IllegalArgumentException e) {
      reject(property, line, column, e.getMessage());
      return;
    }
    setValue(attribute, value);
  }

  private void setTexts(String property, Property p, List<String> items, int line, int column) {
    Attribute attribute = p.attribute;
    try {
      if (!attribute.multiValued()) {
        if (items.size() != 1) {
          throw new IllegalArgumentException("expected one value, found a list of " + items.size());
        }
        setValue(attribute, p.values.parse(items.get(0)));
      } else if (items.isEmpty()) {
        addNull(attribute);
      } else if (items.size() == 1) {
        setItem(property, p, items.get(0), line, column);
      } else {
        setValue(attribute, p.values.parseAll(items));
      }
    } catch (IllegalArgumentException e) {
      reject(property, line, column, e.getMessage());
    }
  }

  /** Sets a read value on the builder; the model's refusal is the object's, given at the end. */
  private void setValue(Attribute attribute, Object value) {
    if (refused != null) {
      return;
    }
    try {
      builder.set(attribute, value);
    } catch (IllegalArgumentException | IllegalStateException e) {
      refused = e;
    }
  }

  private void addNull(Attribute attribute) {
    if (nullCount == nulls.length) {
      nulls = Arrays.copyOf(nulls, nulls.length * 2);
    }
    nulls[nullCount++] = attribute;
  }

  private void readOnly(String property, String shown) {
    if (readOnlyCount == readOnlyNames.length) {
      readOnlyNames = Arrays.copyOf(readOnlyNames, readOnlyCount * 2);
      readOnlyValues = Arrays.copyOf(readOnlyValues, readOnlyCount * 2);
    }
    readOnlyNames[readOnlyCount] = property;
    readOnlyValues[readOnlyCount++] = shown;
  }

  /** The read-only properties by name (each name is there once: duplicates were refused). */
  private ImmutableSortedMap<String, String> readOnly() {
    if (readOnlyCount == 0) {
      return ImmutableSortedMap.of();
    }
    ImmutableSortedMap.Builder<String, String> map = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < readOnlyCount; i++) {
      map.put(readOnlyNames[i], readOnlyValues[i]);
    }
    return map.buildOrThrow();
  }

  private void reject(String property, int line, int column, String why) {
    if (rejected == null) {
      rejected = new TreeMap<>();
    }
    rejected.put(property, at(line, column) + ": " + why);
  }

  private void badName(String property, String shown, int line, int column) {
    badName =
        new SnapshotFormatException(
            at(line, column),
            kind.noun() + "." + property + ": expected the object's name (a text), found " + shown);
  }

  private String at(int line, int column) {
    return source + ":" + line + ":" + column;
  }

  private String objectLocation() {
    return location != null ? location : at(line, column);
  }
}
