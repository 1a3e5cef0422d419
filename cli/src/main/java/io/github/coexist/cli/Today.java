package io.github.coexist.cli;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one place the CLI asks the clock for the date: {@code --today} when given, otherwise today in
 * UTC (never the machine's zone, so a plan judged at midnight is judged the same everywhere).
 */
final class Today {
  private static final Clock CLOCK = Clock.systemUTC();

  private Today() {}

  /** {@code explicit} when given (may be null), else today in UTC. */
  static LocalDate orClock(LocalDate explicit) {
    return explicit != null ? explicit : LocalDate.now(CLOCK);
  }
}
