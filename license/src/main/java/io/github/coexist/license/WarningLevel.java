package io.github.coexist.license;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.LicenseType;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The expiry warnings of the guide's section 8, from least to most urgent: 90, 30, 3, 2 and 1 days
 * before expiry (a trial starts at 30, its whole term), then the expiry notice.
 */
public enum WarningLevel {
  /** 90 days before expiry. */
  DAYS_90(90),
  /** 30 days before expiry; a trial's first warning. */
  DAYS_30(30),
  /** 3 days before expiry. */
  DAYS_3(3),
  /** 2 days before expiry. */
  DAYS_2(2),
  /** 1 day before expiry. */
  DAYS_1(1),
  /** The license has expired (sent once, from the day after the expiry date). */
  EXPIRED(-1);

  private final int days;

  WarningLevel(int days) {
    this.days = days;
  }

  /**
   * The days-before-expiry thresholds of a license type, least urgent first ({@link
   * LicenseType#warningDays()}).
   */
  public static ImmutableList<WarningLevel> thresholds(LicenseType type) {
    Objects.requireNonNull(type, "type");
    return type.warningDays().stream()
        .map(WarningLevel::ofDays)
        .collect(ImmutableList.toImmutableList());
  }

  private static WarningLevel ofDays(int days) {
    for (WarningLevel level : values()) {
      if (level.days == days) {
        return level;
      }
    }
    throw new IllegalStateException("no warning level for " + days + " days");
  }

  /** How many days before expiry this warning is due; empty for the expiry notice. */
  public OptionalInt daysBefore() {
    return days < 0 ? OptionalInt.empty() : OptionalInt.of(days);
  }

  /** Whether {@code this} is more urgent than {@code other}. */
  public boolean isMoreUrgentThan(WarningLevel other) {
    return compareTo(other) > 0;
  }

  /** The spelling used on the command line and in JSON: {@code 90}, ..., {@code expired}. */
  public String key() {
    return days < 0 ? name().toLowerCase(Locale.ROOT) : Integer.toString(days);
  }

  /**
   * Reads {@link #key()}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static WarningLevel fromKey(String key) {
    Objects.requireNonNull(key, "key");
    for (WarningLevel level : values()) {
      if (level.key().equals(key)) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "not a warning: '" + key + "' (expected 90, 30, 3, 2, 1 or expired)");
  }

  @Override
  public String toString() {
    return key();
  }
}
