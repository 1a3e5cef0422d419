package io.github.coexist.license;

import io.github.coexist.core.model.LicenseType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A demonstration license, issued on the spot: generated today in UTC, valid one year, signed with
 * a key pair made for the occasion (its private key is discarded). For {@code coexist demo}.
 *
 * <pre>{@code
 * DemoLicense demo = DemoLicense.issue(Clock.systemUTC(), new SecureRandom());
 * Files.writeString(dir.resolve("demo.lic"), demo.licenseText());
 * Files.writeString(dir.resolve("demo-public.key"), demo.publicKeyText());
 * Files.writeString(dir.resolve("license-status.json"), demo.statusJson());
 * }</pre>
 *
 * @param licenseText the signed license file
 * @param publicKeyText the public key file that verifies it
 * @param statusJson its status today, as {@link LicenseStatusJson} writes it
 */
public record DemoLicense(String licenseText, String publicKeyText, String statusJson) {
  /** Every reference component is required. */
  public DemoLicense {
    Objects.requireNonNull(licenseText, "licenseText");
    Objects.requireNonNull(publicKeyText, "publicKeyText");
    Objects.requireNonNull(statusJson, "statusJson");
  }

  /**
   * Issues a demo license today (read from {@code clock} in UTC), with a key from {@code random}.
   */
  public static DemoLicense issue(Clock clock, SecureRandom random) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    License license =
        License.builder()
            .type(LicenseType.STANDARD)
            .licensee("Demo Organisation")
            .processDomain("DEMO")
            .adminEmail("btcal-admin@example.com")
            .generated(today)
            .expires(today.plusYears(1))
            .build();
    LicenseSigningKey key = LicenseSigningKey.generate(random);
    String text = new LicenseIssuer(key).issue(license);
    // The status is that of the file as written: read back through the whole pipeline.
    Outcome<LicenseStatus> status =
        new CoexistLicenseFormat(LicenseVerifier.trusting(key.publicKey()))
            .read(KeyText.utf8(text))
            .map(new LicenseEvaluator(clock, ZoneOffset.UTC)::evaluate);
    return new DemoLicense(text, key.publicKey().toText(), LicenseStatusJson.render(status));
  }
}
