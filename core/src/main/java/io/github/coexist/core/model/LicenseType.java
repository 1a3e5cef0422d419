package io.github.coexist.core.model;

import java.util.Locale;

/**
 * The three license types of the guide's section 8.
 *
 * <p>A trial expires 30 days after it is generated and BTCal shuts down then; standard licenses
 * keep running after expiry, but versions released after the expiry date are not covered.
 */
public enum LicenseType {
  /** 30 days from generation; the product stops when it expires. */
  TRIAL("trial"),
  /** Keeps running after expiry; upgrades released after expiry are not covered. */
  STANDARD("standard"),
  /** Standard, with the ZApp add-on licensed (ZApp stays enabled after expiry). */
  STANDARD_ZAPP("standard-zapp");

  private final String key;

  LicenseType(String key) {
    this.key = key;
  }

  /**
   * The plan-file and license-file spelling: {@code trial}, {@code standard}, {@code
   * standard-zapp}.
   */
  public String key() {
    return key;
  }

  /** Whether this type includes the ZApp add-on. */
  public boolean includesZapp() {
    return this == STANDARD_ZAPP;
  }

  /**
   * Reads the plan-file spelling, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static LicenseType fromKey(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (LicenseType type : values()) {
      if (type.key.equals(wanted)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "not a license type: \"" + text + "\" (expected trial, standard or standard-zapp)");
  }

  @Override
  public String toString() {
    return key;
  }
}
