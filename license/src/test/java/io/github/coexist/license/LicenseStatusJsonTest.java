package io.github.coexist.license;

import static io.github.coexist.license.LicenseEvaluatorTest.evaluator;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LicenseStatusJsonTest {
  @Test
  void aValidLicense() {
    LicenseStatus status = evaluator(LocalDate.of(2026, 12, 16)).evaluate(Fixtures.standard());

    assertThat(LicenseStatusJson.render(Outcome.accepted(status)))
        .isEqualTo(
            """
            {
              "valid": true,
              "reason": null,
              "type": "standard-zapp",
              "state": "expiring",
              "daysLeft": 30,
              "warningDue": 30,
              "runs": true,
              "zappEnabled": true,
              "upgradesCoveredUntil": "2027-01-15"
            }
            """);
  }

  @Test
  void anExpiredTrial() {
    LicenseStatus status = evaluator(LocalDate.of(2026, 2, 20)).evaluate(Fixtures.trial());

    assertThat(LicenseStatusJson.render(Outcome.accepted(status)))
        .isEqualTo(
            "{\n"
                + "  \"valid\": false,\n"
                + "  \"reason\": \"expired: the license expired on 2026-02-14; today is"
                + " 2026-02-20\",\n"
                + "  \"type\": \"trial\",\n"
                + "  \"state\": \"expired\",\n"
                + "  \"daysLeft\": -6,\n"
                + "  \"warningDue\": \"expired\",\n"
                + "  \"runs\": false,\n"
                + "  \"zappEnabled\": false,\n"
                + "  \"upgradesCoveredUntil\": \"2026-02-14\"\n"
                + "}\n");
  }

  @Test
  void aRejectedLicenseTrustsNothingInTheFile() {
    LicenseProblem problem =
        new LicenseProblem(
            LicenseProblem.Reason.MALFORMED,
            "type must be trial, standard or standard-zapp, found 'a\"b\\c\u0001'",
            Optional.of(new TextPosition(6, 7)));

    assertThat(LicenseStatusJson.render(Outcome.rejected(problem)))
        .isEqualTo(
            "{\n"
                + "  \"valid\": false,\n"
                + "  \"reason\": \"malformed: line 6, column 7: type must be trial, standard or"
                + " standard-zapp, found 'a\\\"b\\\\c\\u0001'\",\n"
                + "  \"type\": null,\n"
                + "  \"state\": null,\n"
                + "  \"daysLeft\": null,\n"
                + "  \"warningDue\": null,\n"
                + "  \"runs\": null,\n"
                + "  \"zappEnabled\": null,\n"
                + "  \"upgradesCoveredUntil\": null\n"
                + "}\n");
  }

  @Test
  void escapesWhatJsonRequires() {
    assertThat(Json.string("tab\there \u2028 \u00e9")).isEqualTo("\"tab\\there \\u2028 \u00e9\"");
  }
}
