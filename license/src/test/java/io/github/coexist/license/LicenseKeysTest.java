package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

class LicenseKeysTest {
  private static final LicenseSigningKey KEY = Fixtures.key(1);

  @Test
  void writesThePublicKeyFile() {
    assertThat(KEY.publicKey().toText())
        .isEqualTo(
            """
            # coexist license public key: licenses signed by its private key verify with it
            format: coexist-license-public-key/1
            key-id: 1ecb77f59cca9f60-5
            public-key: MCowBQYDK2VwAyEAesJSajeCR9nuaR+7Ilrnbvs0/cVzi5x2oDSoq2wndd8=
            """);
  }

  @Test
  void writesThePrivateKeyFileWithBothHalves() {
    assertThat(KEY.toText())
        .startsWith(
            """
            # coexist license private key: keep it secret, whoever holds it can issue licenses
            format: coexist-license-private-key/1
            key-id: 1ecb77f59cca9f60-5
            public-key: MCowBQYDK2VwAyEAesJSajeCR9nuaR+7Ilrnbvs0/cVzi5x2oDSoq2wndd8=
            private-key: MC4CAQAwBQYDK2VwBCIEI\
            """);
  }

  @Test
  void readsWhatItWrites() throws KeyFormatException {
    LicenseSigningKey read = LicenseSigningKey.fromText(KEY.toText());
    License license = Fixtures.standard();

    assertThat(read.keyId()).isEqualTo(KEY.keyId());
    assertThat(new LicenseIssuer(read).issue(license))
        .isEqualTo(new LicenseIssuer(KEY).issue(license));
    assertThat(LicensePublicKey.fromText(KEY.publicKey().toText())).isEqualTo(KEY.publicKey());
  }

  @Test
  void toleratesWindowsLineEndsBlankLinesAndCommentsInKeyFiles() throws KeyFormatException {
    String edited =
        KEY.publicKey().toText().replace("\n", "\r\n").replace("key-id", "\r\n# ours\r\nkey-id");

    assertThat(LicensePublicKey.fromText(edited).keyId()).isEqualTo(KEY.keyId());
  }

  @Test
  void refusesAPrivateKeyFileWhereAPublicKeyIsExpected() {
    assertThatThrownBy(() -> LicensePublicKey.fromText(KEY.toText()))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage(
            "line 2, column 9: expected format coexist-license-public-key/1,"
                + " found 'coexist-license-private-key/1'");
  }

  @Test
  void refusesALicenseWhereAKeyIsExpected() {
    assertThatThrownBy(() -> LicensePublicKey.fromText(Fixtures.issue(Fixtures.standard(), KEY)))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage(
            "line 3, column 9: expected format coexist-license-public-key/1,"
                + " found 'coexist-license/1'");
  }

  @Test
  void refusesAKeyIdThatIsNotTheKeys() {
    String other = KEY.publicKey().toText().replace("1ecb77f59cca9f60-5", "9f86d081884c7d65-3");

    assertThatThrownBy(() -> LicensePublicKey.fromText(other))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage(
            "line 3, column 9: key-id does not match the public key, whose id is"
                + " 1ecb77f59cca9f60-5");
  }

  @Test
  void refusesAPrivateKeyOfAnotherPair() {
    String mine = KEY.toText();
    String theirs = Fixtures.key(2).toText();
    String privateLine = theirs.substring(theirs.indexOf("private-key: "));
    String mixed = mine.substring(0, mine.indexOf("private-key: ")) + privateLine;

    assertThatThrownBy(() -> LicenseSigningKey.fromText(mixed))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage(
            "line 5, column 14: private-key does not belong to the public key 1ecb77f59cca9f60-5");
  }

  @Test
  void refusesBadBase64MissingAndUnknownFields() {
    String text = KEY.publicKey().toText();

    assertThatThrownBy(() -> LicensePublicKey.fromText(text.replace("MCow", "MC*w")))
        .hasMessage("line 4, column 13: public-key is not base64");
    assertThatThrownBy(() -> LicensePublicKey.fromText(text.replace("d8=", "d9=")))
        .hasMessage("line 4, column 13: public-key is not canonical base64");
    assertThatThrownBy(() -> LicensePublicKey.fromText(text.replace("MCowBQYDK2VwAyEA", "")))
        .hasMessage("line 4, column 13: public-key is not an Ed25519 public key");
    assertThatThrownBy(
            () -> LicensePublicKey.fromText(text.substring(0, text.indexOf("public-key: "))))
        .hasMessage("line 4, column 1: missing field 'public-key'");
    assertThatThrownBy(() -> LicensePublicKey.fromText(text + "owner: me\n"))
        .hasMessage("line 5, column 1: unknown field 'owner'; expected key-id, public-key");
    assertThatThrownBy(() -> LicensePublicKey.fromText("key-id: x\n"))
        .hasMessage(
            "line 2, column 1: not a coexist key file:"
                + " no 'format: coexist-license-public-key/1' line");
  }

  @Test
  void describesTheProblemAfterTheFileName() {
    KeyFormatException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            KeyFormatException.class, () -> LicensePublicKey.fromText("key-id x\n"));

    assertThat(e.describe("ours.pub")).isEqualTo("ours.pub:1:1: expected 'name: value'");
    assertThat(e.position()).isEqualTo(new TextPosition(1, 1));
  }

  @Test
  void wrapsOnlyEd25519Keys() throws Exception {
    java.security.PublicKey ed448 =
        KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPublic();

    assertThatThrownBy(() -> LicensePublicKey.of(ed448))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an Ed25519 public key: EdDSA");
  }

  @Test
  void neverPrintsTheSecret() {
    assertThat(KEY.toString()).isEqualTo("LicenseSigningKey{1ecb77f59cca9f60-5}");
  }
}
