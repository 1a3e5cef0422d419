package io.github.coexist.examples;

import io.github.coexist.core.model.LicenseType;
import io.github.coexist.license.CoexistLicenseFormat;
import io.github.coexist.license.License;
import io.github.coexist.license.LicenseEvaluator;
import io.github.coexist.license.LicenseIssuer;
import io.github.coexist.license.LicenseSigningKey;
import io.github.coexist.license.LicenseStatus;
import io.github.coexist.license.LicenseVerifier;
import io.github.coexist.license.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A license's warnings, as a monitoring job computes them: issue a license (here, with a key made
 * on the spot), read the file back through parse and verify, evaluate it on a day in the Domino
 * server's zone, and print the warning due — and again after that warning was sent.
 */
public final class LicenseWarningsExample {
  private LicenseWarningsExample() {}

  /** Evaluates as of today in UTC. */
  public static void main(String[] args) {
    System.out.print(run(Clock.systemUTC()));
  }

  /** A standard license of Contoso, generated 2026-01-15, expiring 2027-01-15. */
  public static License license() {
    return License.builder()
        .type(LicenseType.STANDARD)
        .licensee("Contoso Ltd")
        .processDomain("ACME")
        .adminEmail("notes-admin@contoso.com")
        .generated(LocalDate.of(2026, 1, 15))
        .expires(LocalDate.of(2027, 1, 15))
        .build();
  }

  /** The status on {@code clock}'s day in Berlin, and the warning due. */
  public static String run(Clock clock) {
    LicenseSigningKey key = LicenseSigningKey.generate(new SecureRandom());
    String file = new LicenseIssuer(key).issue(license());
    LicenseEvaluator evaluator = new LicenseEvaluator(clock, ZoneId.of("Europe/Berlin"));
    Outcome<License> verified =
        new CoexistLicenseFormat(LicenseVerifier.trusting(key.publicKey()))
            .read(file.getBytes(StandardCharsets.UTF_8));
    if (!verified.isAccepted()) {
      return "rejected: " + verified.problem().message() + "\n";
    }
    LicenseStatus status = evaluator.evaluate(verified.value());
    StringBuilder out = new StringBuilder();
    out.append(status.today())
        .append(": ")
        .append(status.state().key())
        .append(", ")
        .append(status.daysLeft())
        .append(" days left\n");
    status
        .warningDue()
        .ifPresentOrElse(
            warning -> {
              out.append("console: ").append(warning.consoleLine()).append('\n');
              out.append("mail to ")
                  .append(warning.email().to())
                  .append(": ")
                  .append(warning.email().subject())
                  .append('\n');
              // Once sent, the same warning is not due again.
              LicenseStatus next = evaluator.evaluate(verified.value(), warning.level());
              out.append("after sending ")
                  .append(warning.level())
                  .append(": ")
                  .append(
                      next.warningDue().map(w -> "still due " + w.level()).orElse("nothing due"))
                  .append('\n');
            },
            () -> out.append("no warning due\n"));
    return out.toString();
  }

  /** A fixed clock at noon UTC on {@code day}, for tests and dry runs. */
  public static Clock on(LocalDate day) {
    return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }
}
