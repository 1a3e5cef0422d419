package io.github.coexist.license;

/**
 * Writes the signed part of a license file: two comment lines, the format line, the fields in a
 * fixed order (features sorted by name), and the key-id line. The same license and key always give
 * the same bytes.
 */
final class LicenseText {
  static final String HEADER =
      """
      # coexist license for BTCal; format: docs/license-format.md
      # Signed: any change to this file makes it invalid.
      """;

  private LicenseText() {}

  /** Everything the signature covers, ending with the key-id line and its line feed. */
  static String signedPart(License license, KeyId keyId) {
    StringBuilder text = new StringBuilder(HEADER);
    line(text, LicenseFields.FORMAT, LicenseParser.FORMAT_NAME + "/" + LicenseParser.VERSION);
    line(text, LicenseFields.ID, license.id());
    line(text, LicenseFields.PRODUCT, License.PRODUCT);
    line(text, LicenseFields.TYPE, license.type().key());
    line(text, LicenseFields.LICENSEE, license.licensee());
    line(text, LicenseFields.PROCESS_DOMAIN, license.processDomain());
    line(text, LicenseFields.ADMIN_EMAIL, license.adminEmail());
    line(text, LicenseFields.GENERATED, license.generated().toString());
    line(text, LicenseFields.EXPIRES, license.expires().toString());
    license
        .features()
        .forEach((name, value) -> line(text, LicenseFields.FEATURE_PREFIX + name, value));
    line(text, LicenseFields.KEY_ID, keyId.toString());
    return text.toString();
  }

  static String signatureLine(String base64) {
    return LicenseFields.SIGNATURE + ": " + base64 + "\n";
  }

  private static void line(StringBuilder text, String name, String value) {
    text.append(name).append(": ").append(value).append('\n');
  }
}
