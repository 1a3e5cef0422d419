package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.domino;
import static io.github.coexist.core.rules.TestPlans.license;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-LIC-*: the license facts, judged on the validation date (guide section 8). */
class LicenseRulesTest {
  /** The test day is 2026-06-01. */
  private static CoexistencePlan with(LicenseType type, String generated, String expires) {
    LicenseFacts license =
        LicenseFacts.builder()
            .from(license(type))
            .generated(LocalDate.parse(generated))
            .expires(Optional.ofNullable(expires).map(LocalDate::parse))
            .build();
    return domino(plan(server(), p -> p.license(license)), d -> d.processDomain("ACME"));
  }

  static List<RuleCase> cases() {
    return List.of(
        triggers(
                "a trial generated 61 days ago (expired 30 days after)",
                "COEX-LIC-001",
                ERROR,
                "license.generated",
                with(LicenseType.TRIAL, "2026-04-01", null))
            .mentioning("2026-05-01"),
        triggers(
            "a trial past its explicit expiry",
            "COEX-LIC-001",
            ERROR,
            "license.expires",
            with(LicenseType.TRIAL, "2026-05-01", "2026-05-31")),
        passes(
            "a trial on its last day", "COEX-LIC-001", with(LicenseType.TRIAL, "2026-05-02", null)),
        passes(
                "the same trial judged a month earlier",
                "COEX-LIC-001",
                with(LicenseType.TRIAL, "2026-04-01", null))
            .on(LocalDate.of(2026, 4, 20)),
        triggers(
                "a standard license expiring in 19 days",
                "COEX-LIC-002",
                WARNING,
                "license.expires",
                with(LicenseType.STANDARD, "2025-06-20", "2026-06-20"))
            .mentioning("in 19 days"),
        triggers(
            "a license expiring today",
            "COEX-LIC-002",
            WARNING,
            "license.expires",
            with(LicenseType.STANDARD_ZAPP, "2025-06-01", "2026-06-01")),
        triggers(
            "a fresh trial (30 days at most)",
            "COEX-LIC-002",
            WARNING,
            "license.generated",
            with(LicenseType.TRIAL, "2026-05-20", null)),
        passes(
            "a license expiring in 31 days",
            "COEX-LIC-002",
            with(LicenseType.STANDARD, "2025-07-02", "2026-07-02")),
        passes(
            "an expired license (another rule)",
            "COEX-LIC-002",
            with(LicenseType.STANDARD, "2025-05-31", "2026-05-31")),
        triggers(
                "an expired standard license",
                "COEX-LIC-003",
                WARNING,
                "license.expires",
                with(LicenseType.STANDARD, "2025-05-31", "2026-05-31"))
            .mentioning("keeps running"),
        passes(
            "a standard license on its last day",
            "COEX-LIC-003",
            with(LicenseType.STANDARD, "2025-06-01", "2026-06-01")),
        passes(
            "an expired trial (another rule)",
            "COEX-LIC-003",
            with(LicenseType.TRIAL, "2026-04-01", null)),
        triggers(
            "an expiry before generation",
            "COEX-LIC-004",
            ERROR,
            "license.expires",
            with(LicenseType.STANDARD, "2026-01-05", "2025-12-01")),
        passes(
            "an expiry after generation",
            "COEX-LIC-004",
            with(LicenseType.STANDARD, "2026-01-05", "2027-01-05")),
        triggers(
            "a license generated after the validation date",
            "COEX-LIC-005",
            WARNING,
            "license.generated",
            with(LicenseType.STANDARD, "2026-07-01", "2027-07-01")),
        passes(
            "a license generated on the validation date",
            "COEX-LIC-005",
            with(LicenseType.STANDARD, "2026-06-01", "2027-06-01")),
        triggers(
                "a line break in the server path would start another console command",
                "COEX-LIC-040",
                ERROR,
                "license.serverPath",
                withServerPath("C:\\Lotus\\btcal.lic\nquit"))
            .mentioning("U+000A"),
        triggers(
            "a double quote in the server path",
            "COEX-LIC-040",
            ERROR,
            "license.serverPath",
            withServerPath("C:\\Lotus\\\"btcal.lic")),
        triggers(
            "a space at the end of the server path",
            "COEX-LIC-040",
            ERROR,
            "license.serverPath",
            withServerPath("C:\\Lotus\\btcal.lic ")),
        passes(
            "a path with a space inside",
            "COEX-LIC-040",
            withServerPath("C:\\Program Files\\Domino\\btcal.lic")));
  }

  private static CoexistencePlan withServerPath(String path) {
    CoexistencePlan plan = with(LicenseType.STANDARD, "2026-01-05", "2027-01-05");
    return plan(
        plan,
        p -> p.license(LicenseFacts.builder().from(plan.license().get()).serverPath(path).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
