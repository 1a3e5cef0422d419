package io.github.coexist.core.model;

import java.util.Locale;

/** The Exchange side of the coexistence: Exchange Online or an Exchange Server organisation. */
public enum Environment {
  /** Exchange Online (Office 365); the guide's section 7.1. */
  EXCHANGE_ONLINE("exchange-online"),
  /** Exchange Server 2016, 2019 or SE on premises; the guide's section 7.2. */
  EXCHANGE_SERVER("exchange-server");

  private final String key;

  Environment(String key) {
    this.key = key;
  }

  /** The plan-file spelling: {@code exchange-online} or {@code exchange-server}. */
  public String key() {
    return key;
  }

  /**
   * Reads the plan-file spelling, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Environment fromKey(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (Environment environment : values()) {
      if (environment.key.equals(wanted)) {
        return environment;
      }
    }
    throw new IllegalArgumentException(
        "not an environment: \"" + text + "\" (expected exchange-online or exchange-server)");
  }

  @Override
  public String toString() {
    return key;
  }
}
