package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.LicenseType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LicenseEvaluatorTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final License STANDARD =
      Fixtures.standardBuilder().type(LicenseType.STANDARD).build();
  private static final License ZAPP = Fixtures.standard();
  private static final License TRIAL = Fixtures.trial();

  @Test
  void daysLeftCountsCalendarDaysToTheExpiryDate() {
    assertThat(on(LocalDate.of(2027, 1, 14), STANDARD).daysLeft()).isEqualTo(1);
    assertThat(on(LocalDate.of(2027, 1, 15), STANDARD).daysLeft()).isZero();
    assertThat(on(LocalDate.of(2027, 1, 16), STANDARD).daysLeft()).isEqualTo(-1);
    assertThat(on(Fixtures.GENERATED, STANDARD).daysLeft()).isEqualTo(365);
  }

  @Test
  void isActiveUntilTheFirstThresholdThenExpiring() {
    assertThat(on(Fixtures.GENERATED, STANDARD).state()).isEqualTo(LicenseState.ACTIVE);
    assertThat(on(LocalDate.of(2026, 10, 16), STANDARD).daysLeft()).isEqualTo(91);
    assertThat(on(LocalDate.of(2026, 10, 16), STANDARD).state()).isEqualTo(LicenseState.ACTIVE);
    assertThat(on(LocalDate.of(2026, 10, 17), STANDARD).state()).isEqualTo(LicenseState.EXPIRING);
  }

  @Test
  void aTrialIsExpiringFromItsFirstDay() {
    LicenseStatus first = on(Fixtures.GENERATED, TRIAL);

    assertThat(first.daysLeft()).isEqualTo(30);
    assertThat(first.state()).isEqualTo(LicenseState.EXPIRING);
    assertThat(first.valid()).isTrue();
  }

  @Test
  void onTheExpiryDayEveryTypeIsStillValidAndRuns() {
    for (License license : new License[] {TRIAL, STANDARD, ZAPP}) {
      LicenseStatus status = on(license.expires(), license);

      assertThat(status.daysLeft()).as(license.type().key()).isZero();
      assertThat(status.state()).as(license.type().key()).isEqualTo(LicenseState.EXPIRING);
      assertThat(status.valid()).as(license.type().key()).isTrue();
      assertThat(status.problem()).as(license.type().key()).isEmpty();
      assertThat(status.runs()).as(license.type().key()).isTrue();
    }
  }

  @Test
  void theDayAfterExpiryATrialStopsAndAStandardLicenseKeepsRunning() {
    LicenseStatus trial = on(TRIAL.expires().plusDays(1), TRIAL);
    LicenseStatus standard = on(STANDARD.expires().plusDays(1), STANDARD);
    LicenseStatus zapp = on(ZAPP.expires().plusDays(1), ZAPP);

    assertThat(trial.state()).isEqualTo(LicenseState.EXPIRED);
    assertThat(trial.valid()).isFalse();
    assertThat(trial.runs()).isFalse();
    assertThat(trial.problem().orElseThrow().message())
        .isEqualTo("expired: the license expired on 2026-02-14; today is 2026-02-15");
    assertThat(standard.state()).isEqualTo(LicenseState.EXPIRED);
    assertThat(standard.valid()).isFalse();
    assertThat(standard.runs()).isTrue();
    assertThat(standard.zappEnabled()).isFalse();
    assertThat(zapp.runs()).isTrue();
    assertThat(zapp.zappEnabled()).isTrue();
  }

  @Test
  void longAfterExpiryAStandardLicenseStillRunsButCoversNoNewRelease() {
    LicenseStatus status = on(LocalDate.of(2031, 6, 1), ZAPP);

    assertThat(status.runs()).isTrue();
    assertThat(status.zappEnabled()).isTrue();
    assertThat(status.upgradesCoveredUntil()).isEqualTo(ZAPP.expires());
    assertThat(status.coversRelease(LocalDate.of(2027, 1, 15))).isTrue();
    assertThat(status.coversRelease(LocalDate.of(2027, 1, 16))).isFalse();
    assertThat(status.coversRelease(LocalDate.of(2020, 1, 1))).isTrue();
  }

  @Test
  void beforeItsFirstDayALicenseGrantsNothing() {
    LicenseStatus status = on(Fixtures.GENERATED.minusDays(1), ZAPP);

    assertThat(status.state()).isEqualTo(LicenseState.NOT_YET_VALID);
    assertThat(status.valid()).isFalse();
    assertThat(status.runs()).isFalse();
    assertThat(status.zappEnabled()).isFalse();
    assertThat(status.warningDue()).isEmpty();
    assertThat(status.problem().orElseThrow().message())
        .isEqualTo("not-yet-valid: the license starts on 2026-01-15; today is 2026-01-14");
  }

  @Test
  void zappIsEnabledOnlyByAZappLicense() {
    assertThat(on(Fixtures.GENERATED, ZAPP).zappEnabled()).isTrue();
    assertThat(on(Fixtures.GENERATED, STANDARD).zappEnabled()).isFalse();
    assertThat(on(Fixtures.GENERATED, TRIAL).zappEnabled()).isFalse();
  }

  @Test
  void todayComesFromTheClockInTheStatedZone() {
    Clock clock = Clock.fixed(java.time.Instant.parse("2026-05-31T22:30:00Z"), ZoneId.of("UTC"));

    assertThat(new LicenseEvaluator(clock, ZoneId.of("UTC")).today())
        .isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(new LicenseEvaluator(clock, ZONE).today()).isEqualTo(LocalDate.of(2026, 6, 1));
  }

  static LicenseStatus on(LocalDate day, License license) {
    return evaluator(day).evaluate(license);
  }

  static LicenseEvaluator evaluator(LocalDate day) {
    return new LicenseEvaluator(
        Clock.fixed(day.atTime(LocalTime.NOON).atZone(ZONE).toInstant(), ZONE), ZONE);
  }

  @Test
  void aDayIsGivenAsADateOrAsAClockAndZoneAlike() {
    LocalDate day = LocalDate.of(2027, 1, 14);
    Clock clock = Clock.fixed(day.atTime(LocalTime.NOON).atZone(ZONE).toInstant(), ZONE);
    LicenseStatus byDate = LicenseEvaluator.on(day).evaluate(STANDARD);
    LicenseStatus byClock = LicenseEvaluator.of(clock, ZONE).evaluate(STANDARD);
    assertThat(byDate.today()).isEqualTo(day).isEqualTo(byClock.today());
    assertThat(byDate.daysLeft()).isEqualTo(byClock.daysLeft()).isEqualTo(1);
  }

  @Test
  void noWarningSentYetIsAnEmptyOptionalNotANull() {
    LicenseEvaluator evaluator = LicenseEvaluator.on(LocalDate.of(2026, 10, 17));
    assertThat(evaluator.evaluate(STANDARD, java.util.Optional.empty()))
        .hasToString(evaluator.evaluate(STANDARD).toString());
    assertThat(evaluator.evaluate(STANDARD, java.util.Optional.empty()).warningDue())
        .map(ExpiryWarning::level)
        .contains(WarningLevel.DAYS_90);
    assertThat(
            evaluator.evaluate(STANDARD, java.util.Optional.of(WarningLevel.DAYS_90)).warningDue())
        .isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> evaluator.evaluate(STANDARD, (WarningLevel) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("lastSent");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluator.evaluate(null))
        .hasMessage("license");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LicenseEvaluator.on(null))
        .hasMessage("day");
  }
}
