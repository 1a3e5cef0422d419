package io.github.coexist.runbook;

import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.license.License;
import io.github.coexist.license.LicenseStatus;
import io.github.coexist.notesini.ConsoleCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The license part of the runbook (the guide's section 8): the license's facts, from a verified
 * license and its status when the caller has one, else from the plan's {@code license}; and the
 * console command that installs it, which works only once BTCal runs and BTPROCESSDOMAIN equals the
 * license's process domain.
 */
final class LicenseSteps {
  /** The command of section 8, with a placeholder where the plan names no path. */
  static final String INSTALL_PLACEHOLDER = "tell btcal install license <full path of the file>";

  private LicenseSteps() {}

  static RunbookStep step(
      Optional<LicenseFacts> planned, Optional<LicenseStatus> status, Optional<String> install) {
    List<String> notes = new ArrayList<>();
    if (status.isPresent()) {
      LicenseStatus s = status.get();
      License l = s.license();
      notes.add(
          "Verified license "
              + l.id()
              + ": "
              + l.type().key()
              + " for "
              + l.licensee()
              + ", process domain "
              + l.processDomain()
              + ", generated "
              + l.generated()
              + ", expires "
              + l.expires()
              + ", warnings to "
              + l.adminEmail()
              + ".");
      notes.add(
          "On "
              + s.today()
              + " it is "
              + s.state().key()
              + " with "
              + s.daysLeft()
              + " days left; BTCal "
              + (s.runs() ? "runs" : "does not run")
              + ", ZApp is "
              + (s.zappEnabled() ? "enabled" : "not enabled")
              + ", upgrades are covered for versions released up to "
              + s.upgradesCoveredUntil()
              + ".");
      s.warningDue().ifPresent(w -> notes.add("Warning due: " + w.consoleLine()));
    } else if (planned.isPresent()) {
      LicenseFacts l = planned.get();
      notes.add(
          "The plan's license: "
              + l.type().key()
              + " for "
              + l.licensee()
              + ", process domain "
              + l.processDomain()
              + ", generated "
              + l.generated()
              + l.effectiveExpiry().map(e -> ", expires " + e).orElse("")
              + ", warnings to "
              + l.adminEmail()
              + ".");
    } else {
      notes.add(
          "The plan has no license. When you have the license file, add it to the plan (license)"
              + " or install it by hand as below.");
    }
    notes.add(
        "Before installing: BTPROCESSDOMAIN in the coexistence server's notes.ini equals the"
            + " license's process domain (set with the settings above) and BTCal runs: show tasks"
            + " lists \"BT iCal Process\" (guide section 8). Copy the file to the server, then"
            + " enter at the Domino console:");
    String command = install.orElse(INSTALL_PLACEHOLDER);
    return RunbookStep.of(
        Side.LICENSE,
        "guide 8 Apply the BTCal license",
        notes,
        List.of(CodeSample.of("text", ConsoleCommands.SHOW_TASKS + "\n" + command)));
  }
}
