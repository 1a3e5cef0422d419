package io.github.coexist.license;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;

/**
 * A public key that verifies licenses, with its {@link KeyId}. Its text form (a key file) is:
 *
 * <pre>
 * # coexist license public key: licenses signed by its private key verify with it
 * format: coexist-license-public-key/1
 * key-id: 9f86d081884c7d65-3
 * public-key: MCowBQYDK2VwAyEA...   (base64 of the X.509 encoding)
 * </pre>
 *
 * <pre>{@code
 * LicensePublicKey key = LicensePublicKey.fromText(Files.readString(path));
 * LicenseVerifier verifier = LicenseVerifier.trusting(key);
 * }</pre>
 */
public final class LicensePublicKey {
  private static final ImmutableList<String> FIELDS =
      ImmutableList.of(KeyText.KEY_ID, KeyText.PUBLIC_KEY);

  private final PublicKey key;
  private final KeyId keyId;

  private LicensePublicKey(PublicKey key) {
    this.key = key;
    this.keyId = KeyId.of(key);
  }

  /**
   * Wraps a JDK public key.
   *
   * @throws IllegalArgumentException if it is not an Ed25519 key
   */
  public static LicensePublicKey of(PublicKey key) {
    try {
      return new LicensePublicKey(Ed25519.publicKey(key.getEncoded()));
    } catch (InvalidKeySpecException | RuntimeException e) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm(), e);
    }
  }

  /**
   * Reads a public key file.
   *
   * @throws KeyFormatException naming the line and column at fault
   */
  public static LicensePublicKey fromText(String text) {
    return new LicensePublicKey(
        KeyText.publicKey(KeyText.read(KeyText.utf8(text), KeyText.PUBLIC_FORMAT, FIELDS)));
  }

  /** The key file text, ending with a line feed. */
  public String toText() {
    return KeyText.write(
        "coexist license public key: licenses signed by its private key verify with it",
        KeyText.PUBLIC_FORMAT,
        ImmutableMap.of(
            KeyText.KEY_ID,
            keyId.toString(),
            KeyText.PUBLIC_KEY,
            Base64.getEncoder().encodeToString(key.getEncoded())));
  }

  /** The key's id, written into every license it verifies. */
  public KeyId keyId() {
    return keyId;
  }

  /** The JDK key. */
  public PublicKey publicKey() {
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LicensePublicKey licensePublicKey
        && licensePublicKey.keyId.equals(keyId);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  @Override
  public String toString() {
    return "LicensePublicKey{" + keyId + "}";
  }
}
