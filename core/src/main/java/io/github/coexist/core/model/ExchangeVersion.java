package io.github.coexist.core.model;

import java.util.Locale;

/** The Exchange Server versions coexist writes scripts for. */
public enum ExchangeVersion {
  /** Exchange Server 2016. */
  EXCHANGE_2016("2016", Platform.EXCHANGE_2016),
  /** Exchange Server 2019 (the default of recommended plans). */
  EXCHANGE_2019("2019", Platform.EXCHANGE_2019),
  /** Exchange Server Subscription Edition. */
  EXCHANGE_SE("SE", Platform.EXCHANGE_SE);

  private final String key;
  private final Platform platform;

  ExchangeVersion(String key, Platform platform) {
    this.key = key;
    this.platform = platform;
  }

  /** The plan-file spelling: {@code 2016}, {@code 2019} or {@code SE}. */
  public String key() {
    return key;
  }

  /** The reference's platform for this version. */
  public Platform platform() {
    return platform;
  }

  /**
   * Reads the plan-file spelling, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static ExchangeVersion fromKey(String text) {
    String wanted = text.trim().toUpperCase(Locale.ROOT);
    for (ExchangeVersion version : values()) {
      if (version.key.equals(wanted)) {
        return version;
      }
    }
    throw new IllegalArgumentException(
        "not an Exchange version: \"" + text + "\" (expected 2016, 2019 or SE)");
  }

  @Override
  public String toString() {
    return key;
  }
}
