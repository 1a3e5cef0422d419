package io.github.coexist.license;

import io.github.coexist.core.model.LicenseType;
import java.time.LocalDate;

/**
 * One expiry warning that is due: a line for the Domino console and an e-mail to the BTCal
 * administrator. Record its {@link #level()} once sent and pass it to the next evaluation, so that
 * it is not sent again.
 *
 * <pre>{@code
 * status.warningDue().ifPresent(warning -> {
 *   console.println(warning.consoleLine());
 *   mailer.send(warning.email());
 *   store.lastWarningSent(license.id(), warning.level());
 * });
 * }</pre>
 */
public final class ExpiryWarning {
  static final String INSTALL_COMMAND = "tell btcal install license <full path>";

  private final WarningLevel level;
  private final License license;
  private final LocalDate today;
  private final long daysLeft;

  ExpiryWarning(WarningLevel level, License license, LocalDate today, long daysLeft) {
    this.level = level;
    this.license = license;
    this.today = today;
    this.daysLeft = daysLeft;
  }

  /** Which warning this is. */
  public WarningLevel level() {
    return level;
  }

  /** The day it is due. */
  public LocalDate today() {
    return today;
  }

  /** Calendar days to expiry; after missed checks this can be fewer than the level's threshold. */
  public long daysLeft() {
    return daysLeft;
  }

  /**
   * One line for the Domino console, for example {@code BTCal: license L-0f3c9a1b7e52 (standard)
   * expires in 30 days, on 2027-01-15; ...}.
   */
  public String consoleLine() {
    String name =
        "BTCal: "
            + (license.type() == LicenseType.TRIAL ? "trial license " : "license ")
            + license.id()
            + (license.type() == LicenseType.TRIAL ? "" : " (" + license.type().key() + ")");
    if (level == WarningLevel.EXPIRED) {
      return name
          + " expired on "
          + license.expires()
          + "; "
          + (license.runsAfterExpiry()
              ? keepsRunning()
                  + ", but versions released after "
                  + license.expires()
                  + " are not covered. Apply a renewed license with: "
              : "BTCal has stopped. Apply a new license with: ")
          + INSTALL_COMMAND;
    }
    return name
        + " "
        + expiresIn()
        + "; "
        + (license.runsAfterExpiry()
            ? "after that "
                + keepsRunning()
                + ", but versions released later are not covered. Apply a renewed license with: "
            : "then BTCal stops. Apply a new license with: ")
        + INSTALL_COMMAND;
  }

  /** The e-mail to the administrator named in the license. */
  public WarningEmail email() {
    String subject =
        "BTCal license for "
            + license.licensee()
            + (level == WarningLevel.EXPIRED
                ? " expired on " + license.expires()
                : " "
                    + (daysLeft == 0 ? "expires today" : expiresInDays())
                    + " ("
                    + license.expires()
                    + ")");
    StringBuilder body = new StringBuilder();
    body.append("The BTCal ")
        .append(license.type() == LicenseType.TRIAL ? "trial license" : "license")
        .append(" for ")
        .append(license.licensee())
        .append(' ')
        .append(level == WarningLevel.EXPIRED ? "expired on " + license.expires() : expiresIn())
        .append(".\n\n");
    body.append("License:         ").append(license.id()).append('\n');
    body.append("Type:            ").append(license.type().key()).append('\n');
    body.append("Process domain:  ").append(license.processDomain()).append('\n');
    body.append("Generated:       ").append(license.generated()).append('\n');
    body.append("Expires:         ").append(license.expires()).append("\n\n");
    body.append(consequence()).append("\n\n");
    body.append("To apply a new license, copy its file to the Domino server and enter on the")
        .append(" console:\n");
    body.append("  tell btcal install license <full path to the license file>\n");
    body.append("BTCal must be installed and BTPROCESSDOMAIN set in its notes.ini first.\n");
    return new WarningEmail(license.adminEmail(), subject, body.toString());
  }

  private String consequence() {
    boolean expired = level == WarningLevel.EXPIRED;
    if (!license.runsAfterExpiry()) {
      return expired
          ? "BTCal has stopped working."
          : "A trial cannot run past its term: when it expires, BTCal stops working.";
    }
    String upgrades =
        "versions released after "
            + license.expires()
            + " are not covered; upgrading to them needs a new license.";
    return expired
        ? keepsRunning() + ", but " + upgrades
        : "After that day " + keepsRunning() + ", but " + upgrades;
  }

  private String keepsRunning() {
    return license.zappEnabled()
        ? "BTCal keeps running and ZApp stays enabled"
        : "BTCal keeps running";
  }

  private String expiresIn() {
    return daysLeft == 0
        ? "expires today, " + license.expires()
        : expiresInDays() + ", on " + license.expires();
  }

  private String expiresInDays() {
    return "expires in " + daysLeft + (daysLeft == 1 ? " day" : " days");
  }

  @Override
  public String toString() {
    return "ExpiryWarning{" + level + ", " + license.id() + ", " + today + "}";
  }
}
