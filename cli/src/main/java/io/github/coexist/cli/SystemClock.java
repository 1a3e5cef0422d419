package io.github.coexist.cli;

import java.time.Clock;

/**
 * The one place the {@code coexist} command reads the system clock: commands take their "today"
 * from here unless an option such as {@code --today} gives it. The libraries never read a clock of
 * their own; they are handed one.
 */
public final class SystemClock {
  private SystemClock() {}

  /** The system clock, in UTC. */
  public static Clock utc() {
    return Clock.systemUTC();
  }
}
