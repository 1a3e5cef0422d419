package io.github.coexist.livestate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.planio.ExchangeValues;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a {@link RawObject} into a {@link LiveObject}: each property that names an attribute (by
 * its Exchange parameter, without case) is read with plan-io's parse, so a live value and a plan's
 * value are the same model value; {@code Name}, {@code Identity} and {@code Guid} identify the
 * object; every other property is kept aside as read-only.
 *
 * <p>A reported null, and a reported empty list (Exchange makes no difference between {@code $null}
 * and {@code @()} for a list), is an explicit null. A value the model refuses is kept among {@link
 * LiveObject#rejected()}, not thrown: one odd value must not hide the rest of the organisation.
 */
final class ObjectDecoder {
  private static final Map<ObjectKind, ImmutableMap<String, Attribute>> BY_PARAMETER =
      new EnumMap<>(ObjectKind.class);

  static {
    for (ObjectKind kind : ObjectKind.values()) {
      ImmutableMap.Builder<String, Attribute> byParameter = ImmutableMap.builder();
      for (Attribute attribute : kind.attributes()) {
        if (!attribute.key().equals("name")) {
          byParameter.put(attribute.parameter().toLowerCase(Locale.ROOT), attribute);
        }
      }
      BY_PARAMETER.put(kind, byParameter.buildOrThrow());
    }
  }

  private final ParsedValues parsed = new ParsedValues();

  /** A decoder for one read: it parses each distinct value text once ({@link ParsedValues}). */
  ObjectDecoder() {}

  /** An empty object of {@code kind} starting at {@code location}, to fill and then decode. */
  RawObject newObject(ObjectKind kind, String location) {
    return new RawObject(kind, location, parsed);
  }

  LiveObject decode(RawObject raw) {
    ObjectKind kind = raw.kind();
    ImmutableMap<String, Attribute> attributes = BY_PARAMETER.get(kind);
    String name = null;
    String identity = null;
    String guid = null;
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> nulls = new ArrayList<>();
    Map<String, String> readOnly = new TreeMap<>();
    Map<String, String> rejected = new TreeMap<>();
    for (int i = 0; i < raw.size(); i++) {
      String propertyName = raw.name(i);
      LiveValue value = raw.value(i);
      String lower = parsed.lowerCase(propertyName);
      switch (lower) {
        case "name" -> {
          name = requireText(value, kind, propertyName);
          continue;
        }
        case "identity" -> {
          identity = LiveValue.display(value);
          continue;
        }
        case "guid" -> {
          guid = LiveValue.display(value);
          continue;
        }
        default -> {}
      }
      Attribute attribute = attributes.get(lower);
      if (attribute == null) {
        String shown = LiveValue.display(value);
        if (shown != null) {
          readOnly.put(propertyName, shown);
        }
        continue;
      }
      try {
        Object read = read(attribute, value);
        if (read == null) {
          nulls.add(attribute.key());
        } else {
          values.put(attribute.key(), read);
        }
      } catch (IllegalArgumentException e) {
        rejected.put(propertyName, value.location() + ": " + e.getMessage());
      }
    }
    if (name == null) {
      throw new SnapshotFormatException(
          raw.location(), "a " + kind.noun() + " without a Name (expected a \"Name\" property)");
    }
    ExchangeObject object;
    try {
      object = ExchangeValues.build(kind, name, values, nulls);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SnapshotFormatException(
          raw.location(), kind.noun() + " " + Quote.of(name) + ": " + e.getMessage(), e);
    }
    return LiveObject.of(
        object, identity == null ? name : identity, Optional.ofNullable(guid), readOnly, rejected);
  }

  /** The model's value of {@code value}; null for a reported null or empty list. */
  private Object read(Attribute attribute, LiveValue value) {
    if (value instanceof LiveValue.Null) {
      return null;
    }
    if (value instanceof LiveValue.Unknown unknown) {
      throw new IllegalArgumentException(unknown.why());
    }
    if (value instanceof LiveValue.Number number
        && ExchangeEnum.class.isAssignableFrom(attribute.valueType())) {
      Object element = EnumNumbers.of(attribute.valueType(), number.text());
      return attribute.multiValued() ? ImmutableList.of(element) : element;
    }
    if (attribute.multiValued()) {
      List<String> items =
          value instanceof LiveValue.Texts texts ? texts.items() : List.of(scalarText(value));
      if (items.isEmpty()) {
        return null;
      }
      ImmutableList.Builder<Object> list = ImmutableList.builder();
      for (String item : items) {
        if (ExchangeValues.isFlagList(attribute)) {
          list.addAll(parsed.parseFlags(attribute, item));
        } else {
          list.add(parsed.parse(attribute, item));
        }
      }
      return list.build();
    }
    if (value instanceof LiveValue.Texts texts) {
      if (texts.items().size() != 1) {
        throw new IllegalArgumentException(
            "expected one value, found a list of " + texts.items().size());
      }
      return parsed.parse(attribute, texts.items().get(0));
    }
    if (value instanceof LiveValue.Bool && attribute.valueType() != Boolean.class) {
      throw new IllegalArgumentException(
          "expected " + attribute.valueType().getSimpleName() + ", found a boolean");
    }
    return parsed.parse(attribute, scalarText(value));
  }

  private static String scalarText(LiveValue value) {
    if (value instanceof LiveValue.Bool bool) {
      return bool.value() ? "true" : "false";
    }
    return LiveValue.display(value);
  }

  private static String requireText(LiveValue value, ObjectKind kind, String property) {
    if (value instanceof LiveValue.Text text && !text.text().isEmpty()) {
      return text.text();
    }
    throw new SnapshotFormatException(
        value.location().toString(),
        kind.noun()
            + "."
            + property
            + ": expected the object's name (a text), found "
            + shown(value));
  }

  private static String shown(LiveValue value) {
    if (value instanceof LiveValue.Null) {
      return "null";
    }
    if (value instanceof LiveValue.Texts texts) {
      List<String> quoted = new ArrayList<>();
      texts.items().forEach(item -> quoted.add(Quote.of(item)));
      return "[" + String.join(", ", quoted) + "]";
    }
    if (value instanceof LiveValue.Text text) {
      return Quote.of(text.text());
    }
    return LiveValue.display(value);
  }
}
