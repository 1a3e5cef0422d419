package io.github.coexist.license;

import io.github.coexist.core.model.LicenseType;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;

/** Deterministic keys and licenses for tests. */
final class Fixtures {
  static final LocalDate GENERATED = LocalDate.of(2026, 1, 15);
  static final LocalDate EXPIRES = LocalDate.of(2027, 1, 15);

  private Fixtures() {}

  /** The same seed gives the same key pair (SHA1PRNG seeded before first use is deterministic). */
  static LicenseSigningKey key(long seed) {
    return LicenseSigningKey.generate(random(seed));
  }

  static SecureRandom random(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static License.Builder standardBuilder() {
    return License.builder()
        .type(LicenseType.STANDARD_ZAPP)
        .licensee("Contoso Ltd")
        .processDomain("CONTOSO")
        .adminEmail("notes-admin@contoso.com")
        .generated(GENERATED)
        .expires(EXPIRES);
  }

  static License standard() {
    return standardBuilder().putFeature("seats", "500").build();
  }

  static License trial() {
    return License.builder()
        .type(LicenseType.TRIAL)
        .licensee("Fabrikam")
        .processDomain("FABRIKAM")
        .adminEmail("admin@fabrikam.example")
        .generated(GENERATED)
        .expires(License.trialExpiry(GENERATED))
        .build();
  }

  static String issue(License license, LicenseSigningKey key) {
    return new LicenseIssuer(key).issue(license);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
