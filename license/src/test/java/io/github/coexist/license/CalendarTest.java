package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.LicenseType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Days are calendar days in the stated zone: DST, leap days and midnight move nothing. */
class CalendarTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void theShortSpringDayStillCountsAsOneDay() {
    // Berlin skips 02:00-03:00 on 2026-03-29: that day has 23 hours.
    License license = standardExpiring(LocalDate.of(2026, 3, 30));

    assertThat(status(license, "2026-03-28T23:59", BERLIN).daysLeft()).isEqualTo(2);
    assertThat(status(license, "2026-03-29T00:00", BERLIN).daysLeft()).isEqualTo(1);
    assertThat(status(license, "2026-03-29T23:59", BERLIN).daysLeft()).isEqualTo(1);
    assertThat(status(license, "2026-03-30T00:00", BERLIN).daysLeft()).isZero();
  }

  @Test
  void theLongAutumnDayStillCountsAsOneDay() {
    // Berlin repeats 02:00-03:00 on 2026-10-25: that day has 25 hours.
    License license = standardExpiring(LocalDate.of(2026, 10, 25));

    assertThat(status(license, "2026-10-25T00:30", BERLIN).daysLeft()).isZero();
    assertThat(status(license, "2026-10-25T23:30", BERLIN).daysLeft()).isZero();
    assertThat(status(license, "2026-10-25T23:30", BERLIN).state())
        .isEqualTo(LicenseState.EXPIRING);
    assertThat(status(license, "2026-10-26T00:00", BERLIN).state()).isEqualTo(LicenseState.EXPIRED);
  }

  @Test
  void aWarningDueOnTheDstDayIsDueOnThatDate() {
    // New York springs forward on 2026-03-08; the 3-day warning of a 2026-03-11 expiry is due then.
    License license = standardExpiring(LocalDate.of(2026, 3, 11));

    LicenseStatus before = status(license, "2026-03-07T23:59", NEW_YORK, WarningLevel.DAYS_30);
    LicenseStatus on = status(license, "2026-03-08T03:00", NEW_YORK, WarningLevel.DAYS_30);

    assertThat(before.warningDue()).isEmpty();
    assertThat(on.warningDue().orElseThrow().level()).isEqualTo(WarningLevel.DAYS_3);
  }

  @Test
  void aTrialGeneratedInJanuaryOfALeapYearExpiresOnTheLeapDay() {
    License trial = trial(LocalDate.of(2028, 1, 30));

    assertThat(trial.expires()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(status(trial, "2028-02-28T12:00", UTC).daysLeft()).isEqualTo(1);
    assertThat(status(trial, "2028-02-29T12:00", UTC).daysLeft()).isZero();
    assertThat(status(trial, "2028-02-29T23:59", UTC).runs()).isTrue();
    assertThat(status(trial, "2028-03-01T00:00", UTC).runs()).isFalse();
  }

  @Test
  void aYearFromTheLeapDayHas365DaysLeft() {
    License license =
        Fixtures.standardBuilder()
            .generated(LocalDate.of(2028, 2, 29))
            .expires(LocalDate.of(2028, 2, 29).plusYears(1))
            .build();

    assertThat(license.expires()).isEqualTo(LocalDate.of(2029, 2, 28));
    assertThat(status(license, "2028-02-29T08:00", UTC).daysLeft()).isEqualTo(365);
    assertThat(status(license, "2028-12-01T08:00", UTC).daysLeft()).isEqualTo(89);
  }

  @Test
  void theSameInstantNearMidnightIsTheExpiryDayInOneZoneAndExpiredInAnother() {
    License trial = trial(LocalDate.of(2026, 5, 31)); // expires 2026-06-30
    Instant lateUtc = Instant.parse("2026-06-30T23:30:00Z"); // Tokyo: 2026-07-01 08:30

    LicenseStatus utc = status(trial, lateUtc, UTC);
    LicenseStatus tokyo = status(trial, lateUtc, TOKYO);

    assertThat(utc.daysLeft()).isZero();
    assertThat(utc.runs()).isTrue();
    assertThat(tokyo.daysLeft()).isEqualTo(-1);
    assertThat(tokyo.runs()).isFalse();
    assertThat(tokyo.warningDue().orElseThrow().level()).isEqualTo(WarningLevel.EXPIRED);
  }

  @Test
  void theSameInstantAfterMidnightUtcIsStillTheExpiryDayInLosAngeles() {
    License trial = trial(LocalDate.of(2026, 5, 31)); // expires 2026-06-30
    Instant earlyUtc = Instant.parse("2026-07-01T03:00:00Z"); // Los Angeles: 2026-06-30 20:00

    assertThat(status(trial, earlyUtc, UTC).state()).isEqualTo(LicenseState.EXPIRED);
    assertThat(status(trial, earlyUtc, LOS_ANGELES).state()).isEqualTo(LicenseState.EXPIRING);
    assertThat(status(trial, earlyUtc, LOS_ANGELES).runs()).isTrue();
  }

  @Test
  void aLicenseGeneratedTodayInUtcIsNotYetValidWhereItIsStillYesterday() {
    License license = standardExpiring(LocalDate.of(2027, 3, 1));
    Instant justAfterGeneration = license.generated().atStartOfDay(UTC).toInstant().plusSeconds(60);

    assertThat(status(license, justAfterGeneration, UTC).state()).isEqualTo(LicenseState.ACTIVE);
    assertThat(status(license, justAfterGeneration, LOS_ANGELES).state())
        .isEqualTo(LicenseState.NOT_YET_VALID);
  }

  private static License standardExpiring(LocalDate expires) {
    return Fixtures.standardBuilder()
        .type(LicenseType.STANDARD)
        .generated(LocalDate.of(2026, 1, 1))
        .expires(expires)
        .build();
  }

  private static License trial(LocalDate generated) {
    return License.builder()
        .from(Fixtures.trial())
        .generated(generated)
        .expires(License.trialExpiry(generated))
        .build();
  }

  private static LicenseStatus status(License license, String localTime, ZoneId zone) {
    return status(license, LocalDateTime.parse(localTime).atZone(zone).toInstant(), zone);
  }

  private static LicenseStatus status(
      License license, String localTime, ZoneId zone, WarningLevel lastSent) {
    Instant instant = LocalDateTime.parse(localTime).atZone(zone).toInstant();
    return new LicenseEvaluator(Clock.fixed(instant, zone), zone).evaluate(license, lastSent);
  }

  private static LicenseStatus status(License license, Instant instant, ZoneId zone) {
    // The clock's own zone is deliberately different: only the evaluator's zone counts.
    return new LicenseEvaluator(Clock.fixed(instant, ZoneId.of("Pacific/Kiritimati")), zone)
        .evaluate(license);
  }
}
