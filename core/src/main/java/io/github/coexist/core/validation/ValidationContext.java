package io.github.coexist.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What validation judges by besides the plan: the day (license rules need it). Tests pass a fixed
 * date; the CLI passes today in UTC or {@code --today}.
 *
 * <p>The day is given the same two ways everywhere in coexist: a {@link LocalDate}, or a {@link
 * Clock} and the {@link ZoneId} whose calendar day counts ({@code ValidationContext.on(day)} /
 * {@code ValidationContext.of(clock, zone)}; {@code LicenseEvaluator.on(day)} / {@code
 * LicenseEvaluator.of(clock, zone)}). Emitters take the day of the {@code ValidatedPlan} they are
 * given ({@code ValidatedPlan.day()}).
 *
 * <pre>{@code
 * ValidationContext ctx = ValidationContext.on(LocalDate.of(2026, 11, 27));
 * ValidationContext now = ValidationContext.of(Clock.systemUTC(), ZoneId.of("Europe/Berlin"));
 * }</pre>
 */
public final class ValidationContext {
  private final LocalDate today;

  private ValidationContext(LocalDate today) {
    this.today = Objects.requireNonNull(today, "today");
  }

  /** A context that judges as of {@code today}. */
  public static ValidationContext on(LocalDate today) {
    return new ValidationContext(today);
  }

  /** A context that judges as of the day {@code clock} reads now in {@code zone}. */
  public static ValidationContext of(Clock clock, ZoneId zone) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    return new ValidationContext(LocalDate.ofInstant(clock.instant(), zone));
  }

  /** The day the plan is judged on. */
  public LocalDate today() {
    return today;
  }
}
