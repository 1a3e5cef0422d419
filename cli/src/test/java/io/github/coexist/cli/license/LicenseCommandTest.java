package io.github.coexist.cli.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.cli.CoexistCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coexist license keygen | sign | verify | status}, run in-process. */
class LicenseCommandTest {
  @TempDir Path dir;

  private Path privateKey;
  private Path publicKey;
  private Path license;

  /** What one run printed, and its exit code. */
  record Run(int code, String out, String err) {}

  @BeforeEach
  void keygenAndSign() {
    privateKey = dir.resolve("vendor.key");
    publicKey = dir.resolve("vendor.pub");
    license = dir.resolve("contoso.lic");
    Run keygen =
        run("license", "keygen", "--private-key", s(privateKey), "--public-key", s(publicKey));
    assertThat(keygen.code()).as(keygen.err()).isZero();
    Run sign =
        run(
            "license", "sign",
            "--private-key", s(privateKey),
            "--type", "standard-zapp",
            "--licensee", "Contoso Ltd",
            "--process-domain", "CONTOSO",
            "--admin-email", "notes-admin@contoso.com",
            "--generated", "2026-01-15",
            "--expires", "2027-01-15",
            "--feature", "seats=500",
            "-o", s(license));
    assertThat(sign.code()).as(sign.err()).isZero();
  }

  @Test
  void keygenWritesBothKeyFilesAndKeepsThePrivateOnePrivate() throws IOException {
    assertThat(Files.readString(privateKey)).contains("format: coexist-license-private-key/1\n");
    assertThat(Files.readString(publicKey)).contains("format: coexist-license-public-key/1\n");
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void keygenNeverOverwritesAKey() throws IOException {
    String before = Files.readString(privateKey);

    Run again =
        run(
            "license",
            "keygen",
            "--private-key",
            s(privateKey),
            "--public-key",
            s(dir.resolve("new.pub")));

    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err())
        .isEqualTo("coexist: " + privateKey + ": already exists; not overwriting a key\n");
    assertThat(Files.readString(privateKey)).isEqualTo(before);
    assertThat(dir.resolve("new.pub")).doesNotExist();
  }

  @Test
  void signWritesTheLicenseAndSaysSo() throws IOException {
    String text = Files.readString(license);

    assertThat(text)
        .contains(
            "format: coexist-license/1\n",
            "type: standard-zapp\n",
            "licensee: Contoso Ltd\n",
            "feature.seats: 500\n",
            "expires: 2027-01-15\n");
  }

  @Test
  void verifyExitsZeroForAValidLicense() {
    Run verify = run("license", "verify", s(license), "--public-key", s(publicKey));

    assertThat(verify.code()).isZero();
    assertThat(verify.out())
        .startsWith(
            license
                + ": valid: standard-zapp license L-85f9032a71f3 for Contoso Ltd (process domain"
                + " CONTOSO), 2026-01-15 to 2027-01-15, signed with key ")
        .endsWith("\n");
    assertThat(verify.err()).isEmpty();
  }

  @Test
  void verifyExitsOneForATamperedLicense() throws IOException {
    Files.writeString(license, Files.readString(license).replace("2027-01-15", "2037-01-15"));

    Run verify = run("license", "verify", s(license), "--public-key", s(publicKey));

    assertThat(verify.code()).isEqualTo(1);
    assertThat(verify.out())
        .startsWith(license + ": tampered: the signature does not match the text under key ");
  }

  @Test
  void verifyExitsOneForALicenseSignedWithAnotherKey() {
    Path otherPrivate = dir.resolve("other.key");
    Path otherPublic = dir.resolve("other.pub");
    run("license", "keygen", "--private-key", s(otherPrivate), "--public-key", s(otherPublic));

    Run verify = run("license", "verify", s(license), "--public-key", s(otherPublic));

    assertThat(verify.code()).isEqualTo(1);
    assertThat(verify.out()).startsWith(license + ": unknown-key: signed with key ");
    assertThat(verify.out()).contains(", which is not trusted here (trusted: ");
  }

  @Test
  void verifyTrustsAnyOfSeveralPublicKeys() {
    Path otherPrivate = dir.resolve("other.key");
    Path otherPublic = dir.resolve("other.pub");
    run("license", "keygen", "--private-key", s(otherPrivate), "--public-key", s(otherPublic));

    Run verify =
        run(
            "license",
            "verify",
            s(license),
            "--public-key",
            s(otherPublic),
            "--public-key",
            s(publicKey));

    assertThat(verify.code()).isZero();
  }

  @Test
  void verifyNamesFileLineAndColumnOfAMalformedLicense() throws IOException {
    Files.writeString(license, Files.readString(license).replace("licensee: ", "licensee:"));

    Run verify = run("license", "verify", s(license), "--public-key", s(publicKey));

    assertThat(verify.code()).isEqualTo(1);
    assertThat(verify.out())
        .isEqualTo(license + ":7:10: malformed: expected a space after 'licensee:'\n");
  }

  @Test
  void verifyReportsWindowsLineEndsAtTheirPlace() throws IOException {
    Files.writeString(license, Files.readString(license).replace("\n", "\r\n"));

    Run verify = run("license", "verify", s(license), "--public-key", s(publicKey));

    assertThat(verify.code()).isEqualTo(1);
    assertThat(verify.out())
        .isEqualTo(
            license
                + ":1:60: malformed: carriage return (U+000D): lines must end with a line feed"
                + " alone\n");
  }

  @Test
  void verifyExitsOneForAnUnsignedLicense() throws IOException {
    String text = Files.readString(license);
    Files.writeString(license, text.substring(0, text.indexOf("key-id: ")));

    Run verify = run("license", "verify", s(license), "--public-key", s(publicKey));

    assertThat(verify.code()).isEqualTo(1);
    assertThat(verify.out())
        .isEqualTo(license + ": unsigned: the license has no key-id and signature lines\n");
  }

  @Test
  void verifyReportsALicenseAboveTheSizeCap() throws IOException {
    Files.writeString(license, "# " + "x".repeat(70_000) + "\n" + Files.readString(license));

    Run verify = run("license", "verify", s(license), "--public-key", s(publicKey));

    assertThat(verify.code()).isEqualTo(1);
    assertThat(verify.out())
        .isEqualTo(license + ":1:65537: malformed: the file is larger than 65536 bytes\n");
  }

  @Test
  void aMissingFileIsAUsageError() {
    Run verify = run("license", "verify", s(dir.resolve("nope.lic")), "--public-key", s(publicKey));

    assertThat(verify.code()).isEqualTo(2);
    assertThat(verify.err())
        .isEqualTo("coexist: " + dir.resolve("nope.lic") + ": no such file or directory\n");
  }

  @Test
  void aMalformedKeyFileIsAUsageErrorWithItsPosition() throws IOException {
    Files.writeString(
        publicKey, Files.readString(publicKey).replace("public-key: MCow", "public-key: MC*w"));

    Run verify = run("license", "verify", s(license), "--public-key", s(publicKey));

    assertThat(verify.code()).isEqualTo(2);
    assertThat(verify.err())
        .isEqualTo("coexist: " + publicKey + ":4:13: public-key is not base64\n");
  }

  @Test
  void thePrivateKeyFileIsNotAPublicKey() {
    Run verify = run("license", "verify", s(license), "--public-key", s(privateKey));

    assertThat(verify.code()).isEqualTo(2);
    assertThat(verify.err())
        .isEqualTo(
            "coexist: "
                + privateKey
                + ":2:9: expected format coexist-license-public-key/1,"
                + " found 'coexist-license-private-key/1'\n");
  }

  @Test
  void statusAsJsonHasTheDocumentedKeysInOrder() {
    Run status =
        run(
            "license",
            "status",
            s(license),
            "--public-key",
            s(publicKey),
            "--today",
            "2026-12-16",
            "--format",
            "json");

    assertThat(status.code()).isZero();
    assertThat(status.out())
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
  void statusTakesTheLastWarningSentIntoAccount() {
    Run status =
        run(
            "license",
            "status",
            s(license),
            "--public-key",
            s(publicKey),
            "--today",
            "2027-01-13",
            "--last-warning",
            "3",
            "--format",
            "json");

    assertThat(status.out()).contains("\"daysLeft\": 2,\n", "\"warningDue\": 2,\n");
    Run again =
        run(
            "license",
            "status",
            s(license),
            "--public-key",
            s(publicKey),
            "--today",
            "2027-01-13",
            "--last-warning",
            "2",
            "--format",
            "json");
    assertThat(again.out()).contains("\"warningDue\": null,\n");
  }

  @Test
  void statusOfAnExpiredLicenseExitsOneButSaysBtcalRuns() {
    Run status =
        run(
            "license",
            "status",
            s(license),
            "--public-key",
            s(publicKey),
            "--today",
            "2027-02-01",
            "--last-warning",
            "1",
            "--format",
            "json");

    assertThat(status.code()).isEqualTo(1);
    assertThat(status.out())
        .contains(
            "\"valid\": false,\n",
            "\"reason\": \"expired: the license expired on 2027-01-15; today is 2027-02-01\",\n",
            "\"state\": \"expired\",\n",
            "\"daysLeft\": -17,\n",
            "\"warningDue\": \"expired\",\n",
            "\"runs\": true,\n",
            "\"zappEnabled\": true,\n");
  }

  @Test
  void statusOfATamperedLicenseTrustsNothingInIt() throws IOException {
    Files.writeString(license, Files.readString(license).replace("CONTOSO", "CONTOSX"));

    Run status =
        run(
            "license",
            "status",
            s(license),
            "--public-key",
            s(publicKey),
            "--today",
            "2026-06-01",
            "--format",
            "json");

    assertThat(status.code()).isEqualTo(1);
    assertThat(status.out())
        .startsWith("{\n  \"valid\": false,\n  \"reason\": \"tampered: ")
        .contains(
            "  \"type\": null,\n", "  \"runs\": null,\n", "  \"upgradesCoveredUntil\": null\n");
  }

  @Test
  void statusAsText() {
    Run status =
        run("license", "status", s(license), "--public-key", s(publicKey), "--today", "2026-12-16");

    assertThat(status.code()).isZero();
    assertThat(status.out())
        .isEqualTo(
            license
                + ": valid\n"
                + "  license: L-85f9032a71f3 for Contoso Ltd\n"
                + "  type: standard-zapp\n"
                + "  today: 2026-12-16\n"
                + "  state: expiring\n"
                + "  days left: 30\n"
                + "  expires: 2027-01-15\n"
                + "  runs: yes\n"
                + "  ZApp enabled: yes\n"
                + "  upgrades covered until: 2027-01-15\n"
                + "  warning due: 30\n"
                + "  console: BTCal: license L-85f9032a71f3 (standard-zapp) expires in 30 days, on"
                + " 2027-01-15; after that BTCal keeps running and ZApp stays enabled, but versions"
                + " released later are not covered. Apply a renewed license with:"
                + " tell btcal install license <full path>\n"
                + "  e-mail to: notes-admin@contoso.com\n"
                + "  e-mail subject: BTCal license for Contoso Ltd expires in 30 days (2027-01-15)\n");
  }

  @Test
  void statusWithoutTodayUsesTheSystemClock() {
    Path longLicense = dir.resolve("long.lic");
    run(
        "license",
        "sign",
        "--private-key",
        s(privateKey),
        "--type",
        "standard",
        "--licensee",
        "Contoso Ltd",
        "--process-domain",
        "CONTOSO",
        "--admin-email",
        "notes-admin@contoso.com",
        "--generated",
        "2000-01-01",
        "--expires",
        "2999-12-31",
        "-o",
        s(longLicense));

    Run status =
        run("license", "status", s(longLicense), "--public-key", s(publicKey), "--format", "json");

    assertThat(status.code()).isZero();
    assertThat(status.out()).contains("\"state\": \"active\",\n");
  }

  @Test
  void aTrialExpiresThirtyDaysAfterItIsGenerated() throws IOException {
    Path trial = dir.resolve("trial.lic");

    Run sign =
        run(
            "license",
            "sign",
            "--private-key",
            s(privateKey),
            "--type",
            "trial",
            "--licensee",
            "Fabrikam",
            "--process-domain",
            "FABRIKAM",
            "--admin-email",
            "admin@fabrikam.example",
            "--generated",
            "2026-01-15",
            "-o",
            s(trial));

    assertThat(sign.code()).isZero();
    assertThat(Files.readString(trial)).contains("expires: 2026-02-14\n");
    Run after =
        run(
            "license",
            "status",
            s(trial),
            "--public-key",
            s(publicKey),
            "--today",
            "2026-02-15",
            "--format",
            "json");
    assertThat(after.code()).isEqualTo(1);
    assertThat(after.out()).contains("\"runs\": false,\n");
  }

  @Test
  void signRefusesWhatALicenseCannotHold() {
    Run noExpiry =
        run(
            "license",
            "sign",
            "--private-key",
            s(privateKey),
            "--type",
            "standard",
            "--licensee",
            "Contoso Ltd",
            "--process-domain",
            "CONTOSO",
            "--admin-email",
            "notes-admin@contoso.com",
            "--generated",
            "2026-01-15",
            "-o",
            s(dir.resolve("x.lic")));
    Run longTrial =
        run(
            "license",
            "sign",
            "--private-key",
            s(privateKey),
            "--type",
            "trial",
            "--licensee",
            "Contoso Ltd",
            "--process-domain",
            "CONTOSO",
            "--admin-email",
            "notes-admin@contoso.com",
            "--generated",
            "2026-01-15",
            "--expires",
            "2026-06-01",
            "-o",
            s(dir.resolve("x.lic")));
    Run badType =
        run(
            "license",
            "sign",
            "--private-key",
            s(privateKey),
            "--type",
            "gold",
            "--licensee",
            "Contoso Ltd",
            "--process-domain",
            "CONTOSO",
            "--admin-email",
            "notes-admin@contoso.com",
            "--generated",
            "2026-01-15",
            "-o",
            s(dir.resolve("x.lic")));
    Run badDate =
        run(
            "license",
            "sign",
            "--private-key",
            s(privateKey),
            "--type",
            "trial",
            "--licensee",
            "Contoso Ltd",
            "--process-domain",
            "CONTOSO",
            "--admin-email",
            "notes-admin@contoso.com",
            "--generated",
            "2026-02-30",
            "-o",
            s(dir.resolve("x.lic")));

    assertThat(noExpiry.code()).isEqualTo(2);
    assertThat(noExpiry.err())
        .isEqualTo(
            "coexist: --expires is required for a standard license (only a trial's term is"
                + " fixed: 30 days)\n");
    assertThat(longTrial.code()).isEqualTo(2);
    assertThat(longTrial.err())
        .isEqualTo(
            "coexist: a trial expires 30 days after it is generated: expires must be 2026-02-14,"
                + " found 2026-06-01\n");
    assertThat(badType.code()).isEqualTo(2);
    assertThat(badType.err())
        .startsWith("coexist: Invalid value for option '--type': not a license type: \"gold\"");
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.err())
        .startsWith("coexist: Invalid value for option '--generated': no such day: 2026-02-30");
    assertThat(dir.resolve("x.lic")).doesNotExist();
  }

  @Test
  void statusRefusesAnUnknownWarning() {
    Run status =
        run("license", "status", s(license), "--public-key", s(publicKey), "--last-warning", "7");

    assertThat(status.code()).isEqualTo(2);
    assertThat(status.err())
        .startsWith(
            "coexist: Invalid value for option '--last-warning': not a warning: '7'"
                + " (expected 90, 30, 3, 2, 1 or expired)");
  }

  @Test
  void licenseAloneAsksForASubcommand() {
    Run bare = run("license");

    assertThat(bare.code()).isEqualTo(2);
    assertThat(bare.err()).startsWith("coexist: license needs a subcommand");
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CoexistCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String s(Path path) {
    return path.toString();
  }
}
