package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.LicenseType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LicenseTest {
  @Test
  void derivesTheSameIdFromTheSameFacts() {
    assertThat(Fixtures.standard().id()).isEqualTo("L-85f9032a71f3");
    assertThat(Fixtures.standard().id()).isEqualTo(Fixtures.standard().id());
    assertThat(Fixtures.standardBuilder().licensee("Contoso AG").build().id())
        .isNotEqualTo(Fixtures.standard().id());
  }

  @Test
  void keepsAnIdThatIsGiven() {
    assertThat(Fixtures.standardBuilder().id("ACME-2026-0001").build().id())
        .isEqualTo("ACME-2026-0001");
  }

  @Test
  void aTrialLastsThirtyDays() {
    assertThat(License.trialExpiry(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThatThrownBy(
            () ->
                Fixtures.standardBuilder()
                    .type(LicenseType.TRIAL)
                    .expires(LocalDate.of(2026, 3, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a trial expires 30 days after it is generated: expires must be 2026-02-14,"
                + " found 2026-03-01");
  }

  /** The file has four-digit years: what the builder accepts, the parser must read back. */
  @Test
  void refusesATermOutsideTheYearsAFileCanHold() {
    LocalDate late = LocalDate.of(9999, 12, 15);
    assertThatThrownBy(
            () ->
                Fixtures.standardBuilder()
                    .type(LicenseType.TRIAL)
                    .generated(late)
                    .expires(License.trialExpiry(late))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expires (+10000-01-14) is outside the years 0001 to 9999 a license file can hold");
    assertThatThrownBy(
            () ->
                Fixtures.standardBuilder()
                    .generated(LocalDate.of(0, 12, 31))
                    .expires(LocalDate.of(1, 1, 2))
                    .build())
        .hasMessage(
            "generated (0000-12-31) is outside the years 0001 to 9999 a license file can hold");
    LocalDate last = LocalDate.of(9999, 12, 31);
    License latest = Fixtures.standardBuilder().expires(last).build();
    assertThat(LicenseParser.parse(Fixtures.issue(latest, Fixtures.key(1))).value().keyId())
        .isPresent();
  }

  @Test
  void refusesValuesAFileCouldNotHold() {
    assertThatThrownBy(() -> Fixtures.standardBuilder().licensee("Contoso\nLtd").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("licensee: control character U+000A is not allowed");
    assertThatThrownBy(() -> Fixtures.standardBuilder().licensee(" Contoso").build())
        .hasMessage("licensee starts with a space");
    assertThatThrownBy(() -> Fixtures.standardBuilder().licensee("x".repeat(201)).build())
        .hasMessage("licensee is longer than 200 characters");
    assertThatThrownBy(() -> Fixtures.standardBuilder().adminEmail("admin@localhost").build())
        .hasMessage("admin-email: 'localhost' is not an internet domain name");
    assertThatThrownBy(() -> Fixtures.standardBuilder().putFeature("Seats", "5").build())
        .hasMessage(
            "feature name: 'S' is not allowed (lower-case letters, digits, '-'; a letter first)");
    assertThatThrownBy(() -> Fixtures.standardBuilder().putFeature("seats", "").build())
        .hasMessage("feature.seats is empty");
    assertThatThrownBy(() -> Fixtures.standardBuilder().id("-1").build())
        .hasMessage(
            "id: '-' is not allowed (letters, digits, '.', '_', '-'; a letter or digit first)");
    assertThatThrownBy(() -> Fixtures.standardBuilder().expires(Fixtures.GENERATED).build())
        .hasMessage("expires (2026-01-15) must be after generated (2026-01-15)");
  }

  @Test
  void acceptsUnicodeInFreeText() {
    License license = Fixtures.standardBuilder().licensee("Müller & Søn GmbH – Zürich").build();

    assertThat(license.licensee()).isEqualTo("Müller & Søn GmbH – Zürich");
  }

  @Test
  void answersTheSection8Questions() {
    License zapp = Fixtures.standard();
    License trial = Fixtures.trial();

    assertThat(zapp.zappEnabled()).isTrue();
    assertThat(zapp.runsAfterExpiry()).isTrue();
    assertThat(trial.zappEnabled()).isFalse();
    assertThat(trial.runsAfterExpiry()).isFalse();
    assertThat(zapp.coversRelease(zapp.expires())).isTrue();
    assertThat(zapp.coversRelease(zapp.expires().plusDays(1))).isFalse();
  }

  @Test
  void sortsFeaturesByName() {
    License license =
        Fixtures.standardBuilder().putFeature("seats", "5").putFeature("region", "eu").build();

    assertThat(license.features().keySet()).containsExactly("region", "seats");
  }
}
