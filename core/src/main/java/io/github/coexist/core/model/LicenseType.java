package io.github.coexist.core.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The three license types of the guide's section 8, with the facts of each: the one place they live
 * (the plan's {@link LicenseFacts}, the license module and the rules read them here).
 *
 * <p>A trial expires {@value #TRIAL_DAYS} days after it is generated and BTCal shuts down then;
 * standard licenses keep running after expiry, but versions released after the expiry date are not
 * covered. BTCal warns 90, 30, 3, 2 and 1 days before expiry (a trial from 30, its whole term).
 *
 * <pre>{@code
 * LicenseType.TRIAL.fixedExpiry(LocalDate.of(2026, 1, 15))   // Optional[2026-02-14]
 * LicenseType.STANDARD.runsAfterExpiry()                      // true
 * LicenseType.TRIAL.warningDays()                             // [30, 3, 2, 1]
 * }</pre>
 */
public enum LicenseType {
  /** 30 days from generation; the product stops when it expires. */
  TRIAL("trial"),
  /** Keeps running after expiry; upgrades released after expiry are not covered. */
  STANDARD("standard"),
  /** Standard, with the ZApp add-on licensed (ZApp stays enabled after expiry). */
  STANDARD_ZAPP("standard-zapp");

  /** A trial's term in days: it expires this many days after it is generated. */
  public static final int TRIAL_DAYS = 30;

  private static final ImmutableList<Integer> WARNING_DAYS = ImmutableList.of(90, 30, 3, 2, 1);

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

  /** Whether this type includes the ZApp add-on (enabled before and after expiry alike). */
  public boolean includesZapp() {
    return this == STANDARD_ZAPP;
  }

  /** Whether BTCal keeps running after expiry: standard licenses do, a trial does not. */
  public boolean runsAfterExpiry() {
    return this != TRIAL;
  }

  /**
   * The expiry the type fixes for a license generated on {@code generated}: a trial's, {@value
   * #TRIAL_DAYS} days later; empty for the standard types, whose term is bought.
   */
  public Optional<LocalDate> fixedExpiry(LocalDate generated) {
    Objects.requireNonNull(generated, "generated");
    return this == TRIAL ? Optional.of(generated.plusDays(TRIAL_DAYS)) : Optional.empty();
  }

  /**
   * The days before expiry on which BTCal warns, least urgent first: 90, 30, 3, 2, 1; a trial's
   * start at 30, its whole term.
   */
  public ImmutableList<Integer> warningDays() {
    return WARNING_DAYS.stream()
        .filter(days -> this != TRIAL || days <= TRIAL_DAYS)
        .collect(ImmutableList.toImmutableList());
  }

  /** The spellings, for messages: {@code trial, standard or standard-zapp}. */
  public static String keys() {
    String all = Arrays.stream(values()).map(LicenseType::key).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
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
        "not a license type: \"" + text + "\" (expected " + keys() + ")");
  }

  @Override
  public String toString() {
    return key;
  }
}
