package io.github.coexist.license;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Step three: evaluates a verified license on today's date, read from an injected {@link Clock} in
 * a stated {@link ZoneId} (the Domino server's zone). There is no default clock or zone: the same
 * instant can be the expiry day in one zone and the day after in another.
 *
 * <pre>{@code
 * LicenseEvaluator evaluator =
 *     new LicenseEvaluator(Clock.systemUTC(), ZoneId.of("Europe/Berlin"));
 * LicenseStatus status = evaluator.evaluate(license, WarningLevel.DAYS_90); // 90 was sent
 * LicenseStatus first = LicenseEvaluator.on(LocalDate.of(2026, 11, 27))
 *     .evaluate(license, Optional.empty()); // no warning sent yet
 * }</pre>
 *
 * <p>The day is given as everywhere in coexist: a {@link LocalDate} ({@link #on(LocalDate)}, like
 * {@code ValidationContext.on(day)}) or a {@link Clock} and the {@link ZoneId} whose calendar day
 * counts ({@link #of(Clock, ZoneId)}, like {@code ValidationContext.of(clock, zone)}).
 *
 * <p>Days are calendar days ({@link LocalDate} arithmetic), so daylight saving changes never move a
 * boundary.
 */
public final class LicenseEvaluator {
  private final Clock clock;
  private final ZoneId zone;

  /** An evaluator reading today from {@code clock} in {@code zone}. */
  public LicenseEvaluator(Clock clock, ZoneId zone) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** An evaluator reading today from {@code clock} in {@code zone}; the same as the constructor. */
  public static LicenseEvaluator of(Clock clock, ZoneId zone) {
    return new LicenseEvaluator(clock, zone);
  }

  /** An evaluator whose today is {@code day} (counted in UTC, which then changes nothing). */
  public static LicenseEvaluator on(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new LicenseEvaluator(
        Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC), ZoneOffset.UTC);
  }

  /** Today's date in the evaluator's zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /** The zone days are counted in. */
  public ZoneId zone() {
    return zone;
  }

  /** The status today, when no warning has been sent yet for this license. */
  public LicenseStatus evaluate(License license) {
    return evaluate(license, Optional.empty());
  }

  /** The status today, when {@code lastSent} was the last warning sent for this license. */
  public LicenseStatus evaluate(License license, WarningLevel lastSent) {
    Objects.requireNonNull(
        lastSent,
        "lastSent (none sent yet: evaluate(license) or evaluate(license, Optional.empty()))");
    return evaluate(license, Optional.of(lastSent));
  }

  /**
   * The status today, with the last warning sent for this license, or {@link Optional#empty()} when
   * none has been sent yet (as a stored "last warning" field usually reads).
   */
  public LicenseStatus evaluate(License license, Optional<WarningLevel> lastSent) {
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(lastSent, "lastSent");
    LocalDate today = today();
    long daysLeft = ChronoUnit.DAYS.between(today, license.expires());
    LicenseState state = state(license, today, daysLeft);
    Optional<ExpiryWarning> warning =
        WarningSchedule.due(license.type(), state, daysLeft, lastSent)
            .map(level -> new ExpiryWarning(level, license, today, daysLeft));
    return new LicenseStatus(license, today, daysLeft, state, warning);
  }

  private static LicenseState state(License license, LocalDate today, long daysLeft) {
    if (today.isBefore(license.generated())) {
      return LicenseState.NOT_YET_VALID;
    }
    if (daysLeft < 0) {
      return LicenseState.EXPIRED;
    }
    return daysLeft <= WarningSchedule.firstThresholdDays(license.type())
        ? LicenseState.EXPIRING
        : LicenseState.ACTIVE;
  }

  @Override
  public String toString() {
    return "LicenseEvaluator{" + zone + "}";
  }
}
