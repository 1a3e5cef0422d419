package io.github.coexist.license;

import io.github.coexist.core.model.LicenseType;
import java.util.Optional;

/**
 * Which warning is due, given how many days are left and which warning was sent last.
 *
 * <p>Each threshold fires once, on its day. After missed checks (a server that was down), only the
 * most urgent threshold already crossed fires, as one catch-up warning: never a burst of the ones
 * skipped. After expiry, the expiry notice fires once.
 */
final class WarningSchedule {
  private WarningSchedule() {}

  static Optional<WarningLevel> due(
      LicenseType type, LicenseState state, long daysLeft, Optional<WarningLevel> lastSent) {
    if (state == LicenseState.NOT_YET_VALID) {
      return Optional.empty();
    }
    Optional<WarningLevel> crossed =
        daysLeft < 0 ? Optional.of(WarningLevel.EXPIRED) : mostUrgentCrossed(type, daysLeft);
    return crossed.filter(level -> lastSent.map(last -> level.isMoreUrgentThan(last)).orElse(true));
  }

  /** The most urgent threshold whose day has come: {@code daysLeft <= threshold}. */
  private static Optional<WarningLevel> mostUrgentCrossed(LicenseType type, long daysLeft) {
    WarningLevel crossed = null;
    for (WarningLevel level : WarningLevel.thresholds(type)) {
      if (daysLeft <= level.daysBefore().getAsInt()) {
        crossed = level;
      }
    }
    return Optional.ofNullable(crossed);
  }

  /** The first threshold of a type: the state is {@link LicenseState#EXPIRING} within it. */
  static int firstThresholdDays(LicenseType type) {
    return WarningLevel.thresholds(type).get(0).daysBefore().getAsInt();
  }
}
