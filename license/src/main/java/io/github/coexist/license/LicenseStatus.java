package io.github.coexist.license;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Step three's answer: what a verified license means on one day, in one time zone. Made by {@link
 * LicenseEvaluator}.
 *
 * <pre>{@code
 * LicenseStatus status = evaluator.evaluate(license);
 * status.state();        // LicenseState.EXPIRING
 * status.daysLeft();     // 30
 * status.runs();         // true
 * status.warningDue();   // Optional[ExpiryWarning{30, ...}]
 * }</pre>
 */
public final class LicenseStatus {
  private final License license;
  private final LocalDate today;
  private final long daysLeft;
  private final LicenseState state;
  private final Optional<ExpiryWarning> warningDue;

  LicenseStatus(
      License license,
      LocalDate today,
      long daysLeft,
      LicenseState state,
      Optional<ExpiryWarning> warningDue) {
    this.license = license;
    this.today = today;
    this.daysLeft = daysLeft;
    this.state = state;
    this.warningDue = warningDue;
  }

  /** The license evaluated. */
  public License license() {
    return license;
  }

  /** The day evaluated, in the evaluator's zone. */
  public LocalDate today() {
    return today;
  }

  /** Calendar days from today to the expiry date: 0 on the expiry day, negative after it. */
  public long daysLeft() {
    return daysLeft;
  }

  /** Not yet valid, active, expiring or expired. */
  public LicenseState state() {
    return state;
  }

  /** Whether today lies within the term (from generated to expires, both included). */
  public boolean valid() {
    return state == LicenseState.ACTIVE || state == LicenseState.EXPIRING;
  }

  /** Why the license is not valid today: {@code not-yet-valid} or {@code expired}; else empty. */
  public Optional<LicenseProblem> problem() {
    return switch (state) {
      case NOT_YET_VALID -> Optional.of(LicenseProblem.notYetValid(license.generated(), today));
      case EXPIRED -> Optional.of(LicenseProblem.expired(license.expires(), today));
      default -> Optional.empty();
    };
  }

  /**
   * Whether BTCal runs under this license today: within the term always; after expiry only with a
   * standard license (a trial shuts BTCal down); never before the term starts.
   */
  public boolean runs() {
    return switch (state) {
      case NOT_YET_VALID -> false;
      case EXPIRED -> license.runsAfterExpiry();
      default -> true;
    };
  }

  /** Whether ZApp is enabled today: with a standard-zapp license, whenever BTCal runs. */
  public boolean zappEnabled() {
    return license.zappEnabled() && runs();
  }

  /** The last release date an upgrade is covered for: the expiry date. */
  public LocalDate upgradesCoveredUntil() {
    return license.expires();
  }

  /** Whether a version released on {@code releaseDate} is covered by this license. */
  public boolean coversRelease(LocalDate releaseDate) {
    return license.coversRelease(releaseDate);
  }

  /** The warning to send now, if one is due. */
  public Optional<ExpiryWarning> warningDue() {
    return warningDue;
  }

  @Override
  public String toString() {
    return "LicenseStatus{"
        + license.id()
        + ", "
        + today
        + ", "
        + state.key()
        + ", daysLeft="
        + daysLeft
        + warningDue.map(w -> ", warning " + w.level()).orElse("")
        + "}";
  }
}
