package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoLicenseTest {
  @Test
  void issuesAValidOneYearLicenseToday() throws KeyFormatException {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneId.of("Asia/Tokyo"));

    DemoLicense demo = DemoLicense.issue(clock, Fixtures.random(7));

    License license =
        LicenseParser.parse(demo.licenseText())
            .flatMap(
                LicenseVerifier.trusting(LicensePublicKey.fromText(demo.publicKeyText()))::verify)
            .value();
    // Today in UTC, although the clock's zone is Tokyo, where it is already 2 March.
    assertThat(license.generated()).hasToString("2026-03-01");
    assertThat(license.expires()).hasToString("2027-03-01");
    assertThat(demo.statusJson())
        .isEqualTo(
            """
            {
              "valid": true,
              "reason": null,
              "type": "standard",
              "state": "active",
              "daysLeft": 365,
              "warningDue": null,
              "runs": true,
              "zappEnabled": false,
              "upgradesCoveredUntil": "2027-03-01"
            }
            """);
  }

  @Test
  void theSameClockAndRandomnessGiveTheSameDemo() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneId.of("UTC"));

    assertThat(DemoLicense.issue(clock, Fixtures.random(7)))
        .isEqualTo(DemoLicense.issue(clock, Fixtures.random(7)));
    assertThat(DemoLicense.issue(clock, Fixtures.random(7)).publicKeyText())
        .isNotEqualTo(DemoLicense.issue(clock, Fixtures.random(8)).publicKeyText());
  }
}
