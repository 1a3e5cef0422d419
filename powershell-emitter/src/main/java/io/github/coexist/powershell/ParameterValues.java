package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import java.util.List;
import java.util.Optional;

/**
 * Turns a plan attribute into a cmdlet parameter, by the attribute's value type: enums become bare
 * words in Exchange's spelling (quoted when not a plain word), booleans {@code $true}/{@code
 * $false}, integers digits, everything else (text and value types, in their canonical form) a
 * single-quoted literal; lists are comma-separated literals; an explicit null is {@code $null}.
 */
final class ParameterValues {
  private ParameterValues() {}

  /**
   * The parameter {@code object} sets for {@code attribute}, if it manages it.
   *
   * @param path the object's plan path, e.g. {@code receiveConnectors[0]}
   * @throws io.github.coexist.core.emit.EmissionException naming the attribute's path if a text is
   *     unsafe
   */
  static Optional<Parameter> of(Attribute attribute, ExchangeObject object, String path) {
    String field = path + "." + attribute.key();
    if (object.explicitNulls().contains(attribute.key())) {
      if (attribute.switchParameter()) {
        throw Refusal.at(field, "a switch cannot be set to null");
      }
      return Optional.of(Parameter.of(attribute.parameter(), PsValue.nullValue()));
    }
    Optional<Object> value = attribute.valueIn(object);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Object v = value.get();
    if (attribute.switchParameter()) {
      // A switch given as -X:$false still selects X's parameter set (New-ReceiveConnector's
      // usage sets), so false is written by leaving the switch out.
      return ((Boolean) v) ? Optional.of(Parameter.flag(attribute.parameter())) : Optional.empty();
    }
    if (attribute.multiValued()) {
      List<?> elements = (List<?>) v;
      ImmutableList.Builder<PsValue.Text> texts = ImmutableList.builder();
      for (int i = 0; i < elements.size(); i++) {
        texts.add(PsValue.text(PsText.requireSafe(field, i, elementText(elements.get(i)))));
      }
      return Optional.of(Parameter.of(attribute.parameter(), PsValue.list(texts.build())));
    }
    return Optional.of(Parameter.of(attribute.parameter(), single(field, v)));
  }

  private static PsValue single(String field, Object value) {
    if (value instanceof Boolean b) {
      return PsValue.bool(b);
    } else if (value instanceof Integer n) {
      if (n < 0) {
        throw Refusal.at(field, "a negative number is not accepted: " + n);
      }
      return PsValue.number(n);
    } else if (value instanceof ExchangeEnum e) {
      // Most enum values are plain words (InternalLegacy); a few are not (utf-7, 50220) and are
      // quoted like text, which PowerShell converts to the enum just the same.
      return AsciiNames.isWord(e.exchangeName())
          ? PsValue.word(e.exchangeName())
          : text(field, e.exchangeName());
    }
    return text(field, value.toString());
  }

  private static String elementText(Object element) {
    return element instanceof ExchangeEnum e ? e.exchangeName() : element.toString();
  }

  /** A literal of user text, refused with the field's path if unsafe. */
  static PsValue.Text text(String field, String text) {
    return PsValue.text(PsText.requireSafe(field, text));
  }
}
