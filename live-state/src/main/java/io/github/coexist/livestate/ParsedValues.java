package io.github.coexist.livestate;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.planio.ExchangeValues;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The model values of one read, each distinct text of an attribute parsed once: a snapshot repeats
 * the same sizes, bindings, enumerations and flags in every object, and parsing each occurrence was
 * most of a read. The values are immutable, so objects may share them. A text the model refuses is
 * not kept: it is parsed (and refused) again, with the same message.
 */
final class ParsedValues {
  private final Map<Attribute, Of> byAttribute = new HashMap<>();

  /** The values of {@code attribute} in this read; a reader asks once per property it meets. */
  Of of(Attribute attribute) {
    return byAttribute.computeIfAbsent(attribute, Of::new);
  }

  /** The values of one attribute, with its parse looked up once. */
  static final class Of {
    private final Attribute attribute;
    private final Function<String, Object> parse;
    private final Map<String, Object> values = new HashMap<>();
    private Map<String, ImmutableList<Object>> flags;

    private Of(Attribute attribute) {
      this.attribute = attribute;
      this.parse = ExchangeValues.parser(attribute);
    }

    /** {@link ExchangeValues#parse}, once per distinct text. */
    Object parse(String text) {
      Object value = values.get(text);
      if (value == null) {
        value = parse.apply(text);
        values.put(text, value);
      }
      return value;
    }

    /** {@link ExchangeValues#parseFlags}, once per distinct text. */
    ImmutableList<Object> parseFlags(String text) {
      if (flags == null) {
        flags = new HashMap<>();
      }
      ImmutableList<Object> value = flags.get(text);
      if (value == null) {
        value = ExchangeValues.parseFlags(attribute, text);
        flags.put(text, value);
      }
      return value;
    }
  }
}
