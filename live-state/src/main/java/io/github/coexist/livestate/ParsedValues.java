package io.github.coexist.livestate;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.planio.ExchangeValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The model values of one read, each distinct text of an attribute parsed once: a snapshot repeats
 * the same sizes, bindings, enumerations and flags in every object, and parsing each occurrence was
 * most of a read. The values are immutable, so objects may share them. A text the model refuses is
 * not kept: it is parsed (and refused) again, with the same message. An attribute whose texts
 * mostly differ (a domain names each object) stops being kept after a trial, and the text of the
 * object before is kept apart, as consecutive objects often repeat it.
 */
final class ParsedValues {
  private final Map<Attribute, Of> byAttribute = new HashMap<>();

  /** The values of {@code attribute} in this read; a reader asks once per property it meets. */
  Of of(Attribute attribute) {
    return byAttribute.computeIfAbsent(attribute, Of::new);
  }

  /** The values of one attribute, with its parse looked up once. */
  static final class Of {
    /**
     * Distinct texts at which an attribute whose texts mostly differ (a domain, a name) stops being
     * kept: keeping each costs a hash and an entry and is never repaid.
     */
    private static final int TRIAL = 64;

    private final Attribute attribute;
    private final Function<String, Object> parse;
    private Map<String, Object> values = new HashMap<>();
    private int lookups;
    private Map<String, ImmutableList<Object>> flags;
    // The last text and its value: objects of a kind often repeat the one before's values.
    private String lastText;
    private Object lastValue;
    private String lastFlagsText;
    private ImmutableList<Object> lastFlags;
    private String lastItemText;
    private ImmutableList<Object> lastItem;
    private String[] lastTexts;
    private ImmutableList<Object> lastList;

    private Of(Attribute attribute) {
      this.attribute = attribute;
      this.parse = ExchangeValues.parser(attribute);
    }

    /**
     * {@link ExchangeValues#parse}, once per distinct text (or each time, for an attribute whose
     * texts have mostly differed).
     */
    Object parse(String text) {
      if (text.equals(lastText)) {
        return lastValue;
      }
      lookups++;
      Object value = values == null ? null : values.get(text);
      if (value == null) {
        value = parse.apply(text);
        keep(text, value);
      }
      lastText = text;
      lastValue = value;
      return value;
    }

    private void keep(String text, Object value) {
      if (values == null) {
        return;
      }
      values.put(text, value);
      if (values.size() == TRIAL && lookups < 2 * TRIAL) {
        values = null; // fewer than half the texts so far were met before
      }
    }

    /**
     * A list of one text (a flag list's text may hold several): the same list again for the text of
     * the list before.
     */
    ImmutableList<Object> parseItem(String text) {
      if (text.equals(lastItemText)) {
        return lastItem;
      }
      ImmutableList<Object> item =
          ExchangeValues.isFlagList(attribute) ? parseFlags(text) : ImmutableList.of(parse(text));
      lastItemText = text;
      lastItem = item;
      return item;
    }

    /**
     * A list of several texts, each parsed as {@link #parse} (or, for a flag list, {@link
     * #parseFlags}) does; the same list again when the texts are those of the list before, as
     * consecutive objects' lists often are.
     */
    ImmutableList<Object> parseAll(List<String> texts) {
      if (lastTexts != null && texts.size() == lastTexts.length) {
        int i = 0;
        while (i < lastTexts.length && texts.get(i).equals(lastTexts[i])) {
          i++;
        }
        if (i == lastTexts.length) {
          return lastList;
        }
      }
      boolean flagList = ExchangeValues.isFlagList(attribute);
      ImmutableList.Builder<Object> list = ImmutableList.builderWithExpectedSize(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        if (flagList) {
          list.addAll(parseFlags(texts.get(i)));
        } else {
          list.add(parse(texts.get(i)));
        }
      }
      lastList = list.build();
      lastTexts = texts.toArray(new String[0]);
      return lastList;
    }

    /** {@link ExchangeValues#parseFlags}, once per distinct text. */
    ImmutableList<Object> parseFlags(String text) {
      if (text.equals(lastFlagsText)) {
        return lastFlags;
      }
      if (flags == null) {
        flags = new HashMap<>();
      }
      ImmutableList<Object> value = flags.get(text);
      if (value == null) {
        value = ExchangeValues.parseFlags(attribute, text);
        flags.put(text, value);
      }
      lastFlagsText = text;
      lastFlags = value;
      return value;
    }
  }
}
