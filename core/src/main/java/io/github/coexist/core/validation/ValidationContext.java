package io.github.coexist.core.validation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What validation judges by besides the plan: the date (license rules need it). Tests pass a fixed
 * date; the CLI passes today in UTC or {@code --today}.
 *
 * <pre>{@code
 * ValidationContext ctx = ValidationContext.on(LocalDate.of(2026, 11, 27));
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

  /** The day the plan is judged on. */
  public LocalDate today() {
    return today;
  }
}
