package io.github.coexist.powershell;

/**
 * How long a script waits for a newly created object to become visible before the Set- or Update-
 * that follows it. Exchange Online replicates new objects with a lag (a Set- right after New- can
 * fail with "couldn't be found"); on premises a new object must reach the domain controller the
 * next cmdlet reads from. The wait polls with Get- and gives up after {@code attempts} lookups, so
 * a script never hangs.
 *
 * @param onlineAttempts lookups in Exchange Online
 * @param onlineDelaySeconds seconds between them in Exchange Online
 * @param serverAttempts lookups on Exchange Server
 * @param serverDelaySeconds seconds between them on Exchange Server
 */
public record WaitPolicy(
    int onlineAttempts, int onlineDelaySeconds, int serverAttempts, int serverDelaySeconds) {
  /** Checks that every number is positive. */
  public WaitPolicy {
    if (onlineAttempts < 1
        || onlineDelaySeconds < 1
        || serverAttempts < 1
        || serverDelaySeconds < 1) {
      throw new IllegalArgumentException("wait attempts and delays must be positive");
    }
  }

  /** Exchange Online: 12 lookups 10 s apart (up to 110 s); Exchange Server: 6 lookups 5 s apart. */
  public static WaitPolicy standard() {
    return new WaitPolicy(12, 10, 6, 5);
  }

  int attempts(Dialect dialect) {
    return dialect == Dialect.EXCHANGE_ONLINE ? onlineAttempts : serverAttempts;
  }

  int delaySeconds(Dialect dialect) {
    return dialect == Dialect.EXCHANGE_ONLINE ? onlineDelaySeconds : serverDelaySeconds;
  }
}
