package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicenseIssuerTest {
  private static final LicenseSigningKey KEY = Fixtures.key(1);

  @Test
  void writesTheDocumentedLayout() {
    String text = new LicenseIssuer(KEY).issue(Fixtures.standard());

    assertThat(text)
        .startsWith(
            """
            # coexist license for BTCal; format: docs/license-format.md
            # Signed: any change to this file makes it invalid.
            format: coexist-license/1
            id: L-85f9032a71f3
            product: btcal
            type: standard-zapp
            licensee: Contoso Ltd
            process-domain: CONTOSO
            admin-email: notes-admin@contoso.com
            generated: 2026-01-15
            expires: 2027-01-15
            feature.seats: 500
            key-id: 1ecb77f59cca9f60-5
            """
                + "signature: ")
        .endsWith("==\n");
  }

  @Test
  void theSameLicenseAndKeyGiveTheSameBytes() {
    assertThat(new LicenseIssuer(Fixtures.key(1)).issue(Fixtures.standard()))
        .isEqualTo(new LicenseIssuer(KEY).issue(Fixtures.standard()));
  }

  @Test
  void everythingIssuedReadsBackAsIssued() {
    License license =
        Fixtures.standardBuilder()
            .licensee("Müller & Søn GmbH – Zürich 東京")
            .processDomain("MUELLER & SOHN")
            .putFeature("seats", "12 500")
            .putFeature("region", "eu-west")
            .putFeature("note", "café ☕ \"quoted\"")
            .build();
    LicenseVerifier verifier = LicenseVerifier.trusting(KEY.publicKey());

    Outcome<License> read =
        LicenseParser.parse(new LicenseIssuer(KEY).issue(license)).flatMap(verifier::verify);

    assertThat(read.value()).isEqualTo(license);
  }

  @Test
  void signsWithItsKey() {
    assertThat(new LicenseIssuer(KEY).keyId()).isEqualTo(KEY.keyId());
  }
}
