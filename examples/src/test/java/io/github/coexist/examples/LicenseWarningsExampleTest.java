package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LicenseWarningsExampleTest {
  @Test
  void thirtyDaysBeforeExpiryTheThirtyDayWarningIsDueOnce() {
    assertThat(LicenseWarningsExample.run(LicenseWarningsExample.on(LocalDate.of(2026, 12, 16))))
        .isEqualTo(
            "2026-12-16: expiring, 30 days left\n"
                + "console: BTCal: license L-c01e6ee86e3a (standard) expires in 30 days, on"
                + " 2027-01-15; after that BTCal keeps running, but versions released later are not"
                + " covered. Apply a renewed license with: tell btcal install license <full path>\n"
                + "mail to notes-admin@contoso.com: BTCal license for Contoso Ltd expires in 30"
                + " days (2027-01-15)\n"
                + "after sending 30: nothing due\n");
  }

  @Test
  void midTermNothingIsDue() {
    assertThat(LicenseWarningsExample.run(LicenseWarningsExample.on(LocalDate.of(2026, 6, 1))))
        .isEqualTo("2026-06-01: active, 228 days left\nno warning due\n");
  }
}
