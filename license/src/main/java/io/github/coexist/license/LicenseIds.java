package io.github.coexist.license;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Derives a license id from the other facts of a license, so that issuing is deterministic. */
final class LicenseIds {
  private LicenseIds() {}

  static String derive(License license) {
    StringBuilder facts = new StringBuilder();
    facts.append(license.type().key()).append('\n');
    facts.append(license.licensee()).append('\n');
    facts.append(license.processDomain()).append('\n');
    facts.append(license.adminEmail()).append('\n');
    facts.append(license.generated()).append('\n');
    facts.append(license.expires()).append('\n');
    license.features().forEach((k, v) -> facts.append(k).append('=').append(v).append('\n'));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(facts.toString().getBytes(StandardCharsets.UTF_8));
      return "L-" + HexFormat.of().formatHex(Arrays.copyOf(digest, 6));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
