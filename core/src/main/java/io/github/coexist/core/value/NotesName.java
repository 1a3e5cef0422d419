package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Domino hierarchical name such as a server's {@code COEX01/ACME}, read from its abbreviated form
 * or its canonical form ({@code CN=COEX01/O=ACME}). HCL's NotesName class documents the components:
 * CN, up to four OU, O and C; a name with an '=' is canonical, any other is abbreviated and read as
 * the common name, then the OUs, with O last. An abbreviated name cannot say whether its last part
 * is a country, so a name with a country is given in canonical form.
 *
 * <pre>{@code
 * NotesName.parse("COEX01/Mail/ACME").canonical();   // CN=COEX01/OU=Mail/O=ACME
 * }</pre>
 *
 * @see <a href="https://help.hcl-software.com/dom_designer/9.0.1/reference/r_domino_Name.html">HCL
 *     NotesName: canonical and abbreviated hierarchical names</a>
 */
public final class NotesName {
  private static final String THING = "Domino name";

  /** HCL: up to four organizational units. */
  public static final int MAX_ORG_UNITS = 4;

  /** One component, e.g. {@code OU=Mail}. */
  private record Component(String keyword, String value) {}

  private final ImmutableList<Component> components;

  private NotesName(List<Component> components) {
    this.components = ImmutableList.copyOf(components);
  }

  /**
   * Reads an abbreviated or canonical hierarchical name.
   *
   * @throws InvalidValueException if a part is empty, a keyword is not CN, OU, O or C in that
   *     order, or there are more than four OUs
   */
  public static NotesName parse(String text) {
    requireNonNull(text, "text");
    String s = text.strip();
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    String[] parts = s.split("/", -1);
    boolean canonical = s.indexOf('=') >= 0;
    List<Component> components = new ArrayList<>();
    for (int k = 0; k < parts.length; k++) {
      String part = parts[k].strip();
      if (canonical) {
        int eq = part.indexOf('=');
        String keyword = eq < 0 ? "" : part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
        String value = eq < 0 ? "" : part.substring(eq + 1).strip();
        if (!List.of("CN", "OU", "O", "C").contains(keyword)) {
          throw new InvalidValueException(
              THING, text, "part " + (k + 1) + " is not CN=, OU=, O= or C=");
        }
        components.add(new Component(keyword, value));
      } else {
        String keyword = k == 0 ? "CN" : k == parts.length - 1 ? "O" : "OU";
        components.add(new Component(keyword, part));
      }
    }
    for (int k = 0; k < components.size(); k++) {
      if (components.get(k).value().isEmpty()) {
        throw new InvalidValueException(THING, text, "part " + (k + 1) + " is empty");
      }
    }
    checkOrder(text, components);
    return new NotesName(components);
  }

  /** CN first, then at most four OU, then O (required after an OU), then an optional C. */
  private static void checkOrder(String text, List<Component> components) {
    String order =
        components.stream()
            .map(c -> c.keyword().equals("CN") ? "N" : c.keyword().equals("OU") ? "U" : c.keyword())
            .reduce("", String::concat);
    if (!order.matches("N(U{0,4}O)?C?")) {
      long units = order.chars().filter(c -> c == 'U').count();
      String reason =
          units > MAX_ORG_UNITS
              ? "more than " + MAX_ORG_UNITS + " organizational units"
              : "components must be CN, up to four OU, O, then C";
      throw new InvalidValueException(THING, text, reason);
    }
  }

  /** The common name, e.g. {@code COEX01}. */
  public String commonName() {
    return components.get(0).value();
  }

  /** The organization, if the name has one (e.g. {@code ACME}). */
  public java.util.Optional<String> organization() {
    return components.stream()
        .filter(c -> c.keyword().equals("O"))
        .map(Component::value)
        .findFirst();
  }

  /** {@code CN=COEX01/OU=Mail/O=ACME}: the form the Domino Directory stores in Names items. */
  public String canonical() {
    StringBuilder out = new StringBuilder();
    for (Component c : components) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(c.keyword()).append('=').append(c.value());
    }
    return out.toString();
  }

  /** {@code COEX01/Mail/ACME}: the form the Domino Administrator shows. */
  public String abbreviated() {
    StringBuilder out = new StringBuilder();
    for (Component c : components) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(c.value());
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NotesName notesName && notesName.components.equals(components);
  }

  @Override
  public int hashCode() {
    return components.hashCode();
  }

  @Override
  public String toString() {
    return abbreviated();
  }
}
