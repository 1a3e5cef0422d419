package io.github.coexist.livestate.drift;

import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.text.UnsafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Values of a drift report as people and tools read them: Exchange's spelling of each entry. */
final class DriftValues {
  private DriftValues() {}

  /** How an object is named to people: its name, or {@code SERVER\Name} for a receive connector. */
  static String identity(ExchangeObject object) {
    if (object instanceof ReceiveConnector receive && receive.server().isPresent()) {
      return receive.server().get() + "\\" + object.name();
    }
    return object.name();
  }

  /** The kind as {@code --kind} names it: {@code send-connector}, {@code remote-domain}, ... */
  static String kind(ObjectKind kind) {
    return kind.key();
  }

  /** The entries of a value: one for a single value, each of a list, none for null. */
  static List<String> entries(Optional<Object> value) {
    List<String> entries = new ArrayList<>();
    if (value.isEmpty()) {
      return entries;
    }
    if (value.get() instanceof List<?> list) {
      for (Object entry : list) {
        entries.add(text(entry));
      }
    } else {
      entries.add(text(value.get()));
    }
    return entries;
  }

  /** One value in Exchange's spelling: enumerations by Exchange's name, the rest canonical. */
  static String text(Object value) {
    return value instanceof ExchangeEnum e ? e.exchangeName() : String.valueOf(value);
  }

  /**
   * One line of display text: control and format characters (newlines, NUL, direction marks) as
   * {@code \n}, {@code \r}, {@code \t} or {@code \}{@code u{XXXX}}, so a hostile name cannot start
   * a line or hide text.
   */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (UnsafeText.escapedInMessages().matches(cp)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u{%04X}", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
