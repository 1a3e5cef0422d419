package io.github.coexist.license;

import static io.github.coexist.license.LicenseEvaluatorTest.evaluator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.LicenseType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiryWarningsTest {
  private static final License STANDARD =
      Fixtures.standardBuilder().type(LicenseType.STANDARD).build();
  private static final License TRIAL = Fixtures.trial();

  @Test
  void checkedDailyAStandardLicenseWarnsOnEachThresholdDayThenOnceAfterExpiry() {
    Map<LocalDate, WarningLevel> sent = daily(STANDARD, STANDARD.generated(), 400);

    assertThat(sent)
        .containsExactly(
            Map.entry(LocalDate.of(2026, 10, 17), WarningLevel.DAYS_90),
            Map.entry(LocalDate.of(2026, 12, 16), WarningLevel.DAYS_30),
            Map.entry(LocalDate.of(2027, 1, 12), WarningLevel.DAYS_3),
            Map.entry(LocalDate.of(2027, 1, 13), WarningLevel.DAYS_2),
            Map.entry(LocalDate.of(2027, 1, 14), WarningLevel.DAYS_1),
            Map.entry(LocalDate.of(2027, 1, 16), WarningLevel.EXPIRED));
  }

  @Test
  void aTrialsFirstWarningIs30DaysOnItsFirstDay() {
    Map<LocalDate, WarningLevel> sent = daily(TRIAL, TRIAL.generated(), 60);

    assertThat(sent)
        .containsExactly(
            Map.entry(LocalDate.of(2026, 1, 15), WarningLevel.DAYS_30),
            Map.entry(LocalDate.of(2026, 2, 11), WarningLevel.DAYS_3),
            Map.entry(LocalDate.of(2026, 2, 12), WarningLevel.DAYS_2),
            Map.entry(LocalDate.of(2026, 2, 13), WarningLevel.DAYS_1),
            Map.entry(LocalDate.of(2026, 2, 15), WarningLevel.EXPIRED));
  }

  @Test
  void afterMissedChecksOnlyTheMostUrgentThresholdFires() {
    // Last sent: 90. The server was down from 30 days before expiry until 2 days before.
    Optional<ExpiryWarning> due =
        evaluator(LocalDate.of(2027, 1, 13)).evaluate(STANDARD, WarningLevel.DAYS_90).warningDue();

    assertThat(due.orElseThrow().level()).isEqualTo(WarningLevel.DAYS_2);
    assertThat(due.orElseThrow().daysLeft()).isEqualTo(2);
    assertThat(
            evaluator(LocalDate.of(2027, 1, 13))
                .evaluate(STANDARD, WarningLevel.DAYS_2)
                .warningDue())
        .isEmpty();
  }

  @Test
  void aFirstCheckAfterExpirySendsOnlyTheExpiryNotice() {
    LicenseStatus status = evaluator(LocalDate.of(2027, 3, 1)).evaluate(STANDARD);

    assertThat(status.warningDue().orElseThrow().level()).isEqualTo(WarningLevel.EXPIRED);
    assertThat(
            evaluator(LocalDate.of(2027, 3, 2))
                .evaluate(STANDARD, WarningLevel.EXPIRED)
                .warningDue())
        .isEmpty();
  }

  @Test
  void nothingIsDueFarFromExpiryOrBeforeTheTermStarts() {
    assertThat(evaluator(LocalDate.of(2026, 10, 16)).evaluate(STANDARD).warningDue()).isEmpty();
    assertThat(evaluator(LocalDate.of(2025, 1, 1)).evaluate(TRIAL).warningDue()).isEmpty();
  }

  @Test
  void aStandardThirtyDayWarningReadsSo() {
    ExpiryWarning warning =
        evaluator(LocalDate.of(2026, 12, 16)).evaluate(Fixtures.standard()).warningDue().get();

    assertThat(warning.consoleLine())
        .isEqualTo(
            "BTCal: license L-85f9032a71f3 (standard-zapp) expires in 30 days, on 2027-01-15;"
                + " after that BTCal keeps running and ZApp stays enabled, but versions released"
                + " later are not covered. Apply a renewed license with:"
                + " tell btcal install license <full path>");
    assertThat(warning.email())
        .isEqualTo(
            new WarningEmail(
                "notes-admin@contoso.com",
                "BTCal license for Contoso Ltd expires in 30 days (2027-01-15)",
                "The BTCal license for Contoso Ltd expires in 30 days, on 2027-01-15.\n"
                    + "\n"
                    + "License:         L-85f9032a71f3\n"
                    + "Type:            standard-zapp\n"
                    + "Process domain:  CONTOSO\n"
                    + "Generated:       2026-01-15\n"
                    + "Expires:         2027-01-15\n"
                    + "\n"
                    + "After that day BTCal keeps running and ZApp stays enabled, but versions"
                    + " released after 2027-01-15 are not covered; upgrading to them needs a new"
                    + " license.\n"
                    + "\n"
                    + "To apply a new license, copy its file to the Domino server and enter on the"
                    + " console:\n"
                    + "  tell btcal install license <full path to the license file>\n"
                    + "BTCal must be installed and BTPROCESSDOMAIN set in its notes.ini first.\n"));
  }

  @Test
  void aTrialOnItsLastDayWarnsThatBtcalWillStop() {
    ExpiryWarning warning =
        evaluator(TRIAL.expires()).evaluate(TRIAL, WarningLevel.DAYS_2).warningDue().get();

    assertThat(warning.level()).isEqualTo(WarningLevel.DAYS_1);
    assertThat(warning.consoleLine())
        .isEqualTo(
            "BTCal: trial license "
                + TRIAL.id()
                + " expires today, 2026-02-14; then BTCal stops."
                + " Apply a new license with: tell btcal install license <full path>");
    assertThat(warning.email().subject())
        .isEqualTo("BTCal license for Fabrikam expires today (2026-02-14)");
    assertThat(warning.email().body())
        .startsWith("The BTCal trial license for Fabrikam expires today, 2026-02-14.\n")
        .contains("\nA trial cannot run past its term: when it expires, BTCal stops working.\n");
  }

  @Test
  void oneDayLeftIsSingular() {
    ExpiryWarning warning =
        evaluator(TRIAL.expires().minusDays(1)).evaluate(TRIAL).warningDue().get();

    assertThat(warning.email().subject())
        .isEqualTo("BTCal license for Fabrikam expires in 1 day (2026-02-14)");
  }

  @Test
  void theExpiryNoticeSaysWhatStillWorks() {
    ExpiryWarning trial = evaluator(LocalDate.of(2026, 2, 15)).evaluate(TRIAL).warningDue().get();
    ExpiryWarning standard =
        evaluator(LocalDate.of(2027, 1, 16)).evaluate(STANDARD).warningDue().get();

    assertThat(trial.consoleLine())
        .isEqualTo(
            "BTCal: trial license "
                + TRIAL.id()
                + " expired on 2026-02-14; BTCal has stopped."
                + " Apply a new license with: tell btcal install license <full path>");
    assertThat(trial.email().to()).isEqualTo("admin@fabrikam.example");
    assertThat(trial.email().subject())
        .isEqualTo("BTCal license for Fabrikam expired on 2026-02-14");
    assertThat(trial.email().body()).contains("\nBTCal has stopped working.\n");
    assertThat(standard.consoleLine())
        .isEqualTo(
            "BTCal: license "
                + STANDARD.id()
                + " (standard) expired on 2027-01-15; BTCal keeps running, but versions released"
                + " after 2027-01-15 are not covered. Apply a renewed license with:"
                + " tell btcal install license <full path>");
    assertThat(standard.email().body())
        .contains(
            "\nBTCal keeps running, but versions released after 2027-01-15 are not covered;"
                + " upgrading to them needs a new license.\n");
  }

  @Test
  void levelsHaveKeysAndAnOrderOfUrgency() {
    assertThat(WarningLevel.fromKey("90")).isEqualTo(WarningLevel.DAYS_90);
    assertThat(WarningLevel.fromKey("expired")).isEqualTo(WarningLevel.EXPIRED);
    assertThat(WarningLevel.DAYS_1.isMoreUrgentThan(WarningLevel.DAYS_2)).isTrue();
    assertThat(WarningLevel.DAYS_90.isMoreUrgentThan(WarningLevel.DAYS_30)).isFalse();
    assertThat(WarningLevel.thresholds(LicenseType.TRIAL))
        .containsExactly(
            WarningLevel.DAYS_30, WarningLevel.DAYS_3, WarningLevel.DAYS_2, WarningLevel.DAYS_1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WarningLevel.fromKey("7"))
        .hasMessage("not a warning: '7' (expected 90, 30, 3, 2, 1 or expired)");
  }

  /** Checks every day, recording each warning as sent. */
  private static Map<LocalDate, WarningLevel> daily(License license, LocalDate from, int days) {
    Map<LocalDate, WarningLevel> sent = new LinkedHashMap<>();
    List<WarningLevel> last = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      LocalDate day = from.plusDays(i);
      LicenseEvaluator evaluator = evaluator(day);
      LicenseStatus status =
          last.isEmpty()
              ? evaluator.evaluate(license)
              : evaluator.evaluate(license, last.get(last.size() - 1));
      status
          .warningDue()
          .ifPresent(
              warning -> {
                sent.put(day, warning.level());
                last.add(warning.level());
              });
    }
    return sent;
  }
}
