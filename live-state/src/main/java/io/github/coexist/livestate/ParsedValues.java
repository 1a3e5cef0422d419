package io.github.coexist.livestate;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.planio.ExchangeValues;
import java.util.HashMap;
import java.util.Map;

/**
 * The model values of one read, each distinct text parsed once: a snapshot repeats the same sizes,
 * bindings, enumerations and flags in every object, and parsing each occurrence was most of a read.
 * The values are immutable, so objects may share them. A text the model refuses is not kept: it is
 * parsed (and refused) again, with the same message.
 */
final class ParsedValues {
  private final Map<Attribute, Map<String, Object>> values = new HashMap<>();
  private final Map<Attribute, Map<String, ImmutableList<Object>>> flags = new HashMap<>();

  /** {@link ExchangeValues#parse}, once per distinct text of {@code attribute}. */
  Object parse(Attribute attribute, String text) {
    Map<String, Object> known = values.computeIfAbsent(attribute, a -> new HashMap<>());
    Object value = known.get(text);
    if (value == null) {
      value = ExchangeValues.parse(attribute, text);
      known.put(text, value);
    }
    return value;
  }

  /** {@link ExchangeValues#parseFlags}, once per distinct text of {@code attribute}. */
  ImmutableList<Object> parseFlags(Attribute attribute, String text) {
    Map<String, ImmutableList<Object>> known =
        flags.computeIfAbsent(attribute, a -> new HashMap<>());
    ImmutableList<Object> value = known.get(text);
    if (value == null) {
      value = ExchangeValues.parseFlags(attribute, text);
      known.put(text, value);
    }
    return value;
  }
}
