package io.github.coexist.cli.license;

import io.github.coexist.license.LicenseStatus;
import io.github.coexist.license.Outcome;

/** {@code coexist license status --format text}: one {@code name: value} line per fact. */
final class StatusText {
  private StatusText() {}

  static String render(LicenseCheck check, Outcome<LicenseStatus> outcome) {
    if (!outcome.isAccepted()) {
      return check.rejection() + "\n";
    }
    LicenseStatus status = outcome.value();
    StringBuilder text = new StringBuilder();
    text.append(check.file())
        .append(": ")
        .append(status.problem().map(p -> "not valid: " + p.message()).orElse("valid"))
        .append('\n');
    line(text, "license", status.license().id() + " for " + status.license().licensee());
    line(text, "type", status.license().type().key());
    line(text, "today", status.today().toString());
    line(text, "state", status.state().key());
    line(text, "days left", Long.toString(status.daysLeft()));
    line(text, "expires", status.license().expires().toString());
    line(text, "runs", yesNo(status.runs()));
    line(text, "ZApp enabled", yesNo(status.zappEnabled()));
    line(text, "upgrades covered until", status.upgradesCoveredUntil().toString());
    line(text, "warning due", status.warningDue().map(w -> w.level().key()).orElse("none"));
    status
        .warningDue()
        .ifPresent(
            warning -> {
              line(text, "console", warning.consoleLine());
              line(text, "e-mail to", warning.email().to());
              line(text, "e-mail subject", warning.email().subject());
            });
    return text.toString();
  }

  private static void line(StringBuilder text, String name, String value) {
    text.append("  ").append(name).append(": ").append(value).append('\n');
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
