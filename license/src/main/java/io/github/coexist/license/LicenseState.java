package io.github.coexist.license;

import java.util.Locale;

/** Where a license stands on a given day. */
public enum LicenseState {
  /** Before the day it was generated: it grants nothing yet. */
  NOT_YET_VALID,
  /** Valid, and further from expiry than the first warning threshold. */
  ACTIVE,
  /**
   * Valid, within the first warning threshold of expiry (90 days, or 30 for a trial), up to and
   * including the expiry day.
   */
  EXPIRING,
  /** From the day after the expiry date. */
  EXPIRED;

  /** The stable spelling used in JSON: {@code not-yet-valid}, {@code active}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
