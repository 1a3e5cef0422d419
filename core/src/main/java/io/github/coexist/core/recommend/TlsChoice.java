package io.github.coexist.core.recommend;

import java.util.Locale;

/** How mail between Exchange and the coexistence servers is encrypted in a recommended plan. */
public enum TlsChoice {
  /**
   * TLS when both sides offer it, plain SMTP otherwise: the guide's choice ("Always Use TLS"
   * unchecked, erratum E17) and the default. Validation warns about each unencrypted path.
   */
  OPPORTUNISTIC("opportunistic"),
  /** TLS is required on every connector that the choice controls. */
  REQUIRED("required");

  private final String key;

  TlsChoice(String key) {
    this.key = key;
  }

  /** {@code opportunistic} or {@code required}. */
  public String key() {
    return key;
  }

  /** Reads the key, case-insensitively. */
  public static TlsChoice fromKey(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (TlsChoice choice : values()) {
      if (choice.key.equals(wanted)) {
        return choice;
      }
    }
    throw new IllegalArgumentException(
        "not a TLS choice: \"" + text + "\" (expected opportunistic or required)");
  }

  @Override
  public String toString() {
    return key;
  }
}
