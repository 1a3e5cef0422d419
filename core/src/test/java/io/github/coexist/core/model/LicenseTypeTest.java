package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The license facts of the guide's section 8, held once by the type. */
class LicenseTypeTest {
  private static final LocalDate GENERATED = LocalDate.of(2026, 1, 15);

  @Test
  void onlyATrialHasAFixedTermAndStopsAtExpiry() {
    assertThat(LicenseType.TRIAL.fixedExpiry(GENERATED)).contains(LocalDate.of(2026, 2, 14));
    assertThat(LicenseType.STANDARD.fixedExpiry(GENERATED)).isEmpty();
    assertThat(LicenseType.STANDARD_ZAPP.fixedExpiry(GENERATED)).isEmpty();
    assertThat(LicenseType.TRIAL.runsAfterExpiry()).isFalse();
    assertThat(LicenseType.STANDARD.runsAfterExpiry()).isTrue();
    assertThat(LicenseType.STANDARD_ZAPP.runsAfterExpiry()).isTrue();
  }

  @Test
  void aTrialIsWarnedFromThirtyDaysTheOthersFromNinety() {
    assertThat(LicenseType.TRIAL.warningDays()).containsExactly(30, 3, 2, 1);
    assertThat(LicenseType.STANDARD.warningDays()).containsExactly(90, 30, 3, 2, 1);
    assertThat(LicenseType.STANDARD_ZAPP.warningDays()).containsExactly(90, 30, 3, 2, 1);
  }

  @Test
  void thePlanFactsDeriveATrialsExpiryFromTheType() {
    LicenseFacts trial =
        LicenseFacts.builder()
            .type(LicenseType.TRIAL)
            .licensee("Contoso")
            .generated(GENERATED)
            .processDomain("ACME")
            .adminEmail("admin@contoso.com")
            .build();

    assertThat(trial.effectiveExpiry()).isEqualTo(LicenseType.TRIAL.fixedExpiry(GENERATED));
    assertThat(trial.toBuilder().type(LicenseType.STANDARD).build().effectiveExpiry()).isEmpty();
  }

  @Test
  void messagesNameTheSpellings() {
    assertThat(LicenseType.keys()).isEqualTo("trial, standard or standard-zapp");
    assertThatThrownBy(() -> LicenseType.fromKey("gold"))
        .hasMessage("not a license type: \"gold\" (expected trial, standard or standard-zapp)");
  }
}
