package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.license.LicenseProblem.Reason;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseVerifierTest {
  private static final LicenseSigningKey OURS = Fixtures.key(1);
  private static final LicenseSigningKey THEIRS = Fixtures.key(2);
  private static final LicenseSigningKey NEXT = Fixtures.key(3);

  @Test
  void acceptsALicenseSignedByTheTrustedKey() {
    Outcome<License> license = read(Fixtures.issue(Fixtures.standard(), OURS), OURS);

    assertThat(license.value()).isEqualTo(Fixtures.standard());
  }

  @Test
  void reportsALicenseSignedWithAnotherKey() {
    Outcome<License> license = read(Fixtures.issue(Fixtures.standard(), THEIRS), OURS);

    assertThat(license.problem().reason()).isEqualTo(Reason.UNKNOWN_KEY);
    assertThat(license.problem().message())
        .isEqualTo(
            "unknown-key: signed with key "
                + THEIRS.keyId()
                + ", which is not trusted here (trusted: "
                + OURS.keyId()
                + ")");
  }

  @Test
  void trustsSeveralKeysForRotation() {
    LicenseVerifier both = LicenseVerifier.trusting(NEXT.publicKey(), OURS.publicKey());
    LicenseVerifier onlyNext = LicenseVerifier.trusting(NEXT.publicKey());
    String old = Fixtures.issue(Fixtures.standard(), OURS);
    String renewed = Fixtures.issue(Fixtures.trial(), NEXT);

    assertThat(LicenseParser.parse(old).flatMap(both::verify).isAccepted()).isTrue();
    assertThat(LicenseParser.parse(renewed).flatMap(both::verify).isAccepted()).isTrue();
    assertThat(LicenseParser.parse(old).flatMap(onlyNext::verify).problem().reason())
        .isEqualTo(Reason.UNKNOWN_KEY);
    assertThat(both.trustedKeyIds())
        .isSorted()
        .containsExactlyInAnyOrder(OURS.keyId(), NEXT.keyId());
  }

  @Test
  void aTrustedKeyIdOverAnotherKeysSignatureIsTampered() {
    // Someone signs with their own key but names ours: the signature cannot match.
    String signed = LicenseText.signedPart(Fixtures.standard(), OURS.keyId());
    byte[] signature = THEIRS.sign(signed.getBytes(StandardCharsets.UTF_8));
    String forged =
        signed + LicenseText.signatureLine(Base64.getEncoder().encodeToString(signature));

    Outcome<License> license = read(forged, OURS);

    assertThat(license.problem().reason()).isEqualTo(Reason.TAMPERED);
    assertThat(license.problem().message())
        .isEqualTo(
            "tampered: the signature does not match the text under key "
                + OURS.keyId()
                + ": the file was changed after signing, or another key signed it");
  }

  @Test
  void aChangedValueIsTampered() {
    String text = Fixtures.issue(Fixtures.standard(), OURS).replace("2027-01-15", "2037-01-15");

    assertThat(read(text, OURS).problem().reason()).isEqualTo(Reason.TAMPERED);
  }

  @Test
  void aSignatureWithTheScalarPlusTheGroupOrderIsNotAccepted() {
    // Ed25519 signatures are malleable unless S < L is enforced (RFC 8032, 5.1.7).
    String text = Fixtures.issue(Fixtures.standard(), OURS);
    int at = text.indexOf("signature: ") + "signature: ".length();
    byte[] signature = Base64.getDecoder().decode(text.substring(at, at + 88));
    BigInteger order =
        BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    BigInteger s = new BigInteger(1, reversed(java.util.Arrays.copyOfRange(signature, 32, 64)));
    byte[] sPlusL = reversed(toFixed32(s.add(order)));
    System.arraycopy(sPlusL, 0, signature, 32, 32);
    String malleated = text.substring(0, at) + Base64.getEncoder().encodeToString(signature) + "\n";

    assertThat(read(malleated, OURS).problem().reason()).isEqualTo(Reason.TAMPERED);
  }

  @Test
  void anUnsignedLicenseIsReportedAsSuch() {
    String text = Fixtures.issue(Fixtures.standard(), OURS);
    String unsigned = text.substring(0, text.indexOf("key-id: "));

    Outcome<License> license = read(unsigned, OURS);

    assertThat(license.problem().reason()).isEqualTo(Reason.UNSIGNED);
    assertThat(license.problem().message())
        .isEqualTo("unsigned: the license has no key-id and signature lines");
  }

  @Test
  void theFileCannotNameAnAlgorithm() {
    String text = Fixtures.issue(Fixtures.standard(), OURS);
    String withAlgorithm = text.replace("key-id: ", "algorithm: none\nkey-id: ");

    Outcome<License> license = read(withAlgorithm, OURS);

    assertThat(license.problem().reason()).isEqualTo(Reason.MALFORMED);
    assertThat(license.problem().detail()).startsWith("unknown field 'algorithm'");
  }

  @Test
  void needsAtLeastOneKeyAndEachKeyOnce() {
    assertThatThrownBy(() -> LicenseVerifier.trusting(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a verifier needs at least one trusted key");
    assertThatThrownBy(() -> LicenseVerifier.trusting(OURS.publicKey(), OURS.publicKey()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key " + OURS.keyId() + " is given twice");
  }

  @Test
  void theCoexistFormatIsParseThenVerify() {
    LicenseFormat format = new CoexistLicenseFormat(LicenseVerifier.trusting(OURS.publicKey()));

    assertThat(format.name()).isEqualTo("coexist-license/1");
    assertThat(format.maxBytes()).isEqualTo(65_536);
    assertThat(format.read(Fixtures.utf8(Fixtures.issue(Fixtures.trial(), OURS))).value())
        .isEqualTo(Fixtures.trial());
    assertThat(format.read(new byte[0]).problem().reason()).isEqualTo(Reason.MALFORMED);
  }

  private static Outcome<License> read(String text, LicenseSigningKey trusted) {
    return LicenseParser.parse(text).flatMap(LicenseVerifier.trusting(trusted.publicKey())::verify);
  }

  private static byte[] reversed(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[bytes.length - 1 - i];
    }
    return out;
  }

  private static byte[] toFixed32(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(32, raw.length);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return out;
  }
}
