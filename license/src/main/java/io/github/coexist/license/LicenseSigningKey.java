package io.github.coexist.license;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The key pair that issues licenses: the private key signs, the {@linkplain #publicKey() public
 * key} is handed to verifiers. Its text form (keep it secret) is:
 *
 * <pre>
 * # coexist license private key: keep it secret, whoever holds it can issue licenses
 * format: coexist-license-private-key/1
 * key-id: 9f86d081884c7d65-3
 * public-key: MCowBQYDK2VwAyEA...    (base64 of the X.509 encoding)
 * private-key: MC4CAQAwBQYDK2VwBCIE... (base64 of the PKCS#8 encoding)
 * </pre>
 *
 * <pre>{@code
 * LicenseSigningKey key = LicenseSigningKey.generate(new SecureRandom());
 * Files.writeString(privatePath, key.toText());
 * Files.writeString(publicPath, key.publicKey().toText());
 * }</pre>
 */
public final class LicenseSigningKey {
  private static final ImmutableList<String> FIELDS =
      ImmutableList.of(KeyText.KEY_ID, KeyText.PUBLIC_KEY, KeyText.PRIVATE_KEY);
  private static final byte[] PROBE = "coexist key pair check".getBytes(StandardCharsets.UTF_8);

  private final PrivateKey privateKey;
  private final LicensePublicKey publicKey;

  private LicenseSigningKey(PrivateKey privateKey, LicensePublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** A new key pair drawn from {@code random}. */
  public static LicenseSigningKey generate(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    KeyPair pair = Ed25519.generate(random);
    return new LicenseSigningKey(pair.getPrivate(), LicensePublicKey.of(pair.getPublic()));
  }

  /**
   * Reads a private key file; checks that the private key belongs to the public key and the key id.
   *
   * @throws KeyFormatException naming the line and column at fault
   */
  public static LicenseSigningKey fromText(String text) {
    Map<String, KeyText.Value> values =
        KeyText.read(KeyText.utf8(text), KeyText.PRIVATE_FORMAT, FIELDS);
    LicensePublicKey publicKey = LicensePublicKey.of(KeyText.publicKey(values));
    KeyText.Value encoded = values.get(KeyText.PRIVATE_KEY);
    PrivateKey privateKey;
    try {
      privateKey = Ed25519.privateKey(KeyText.base64(encoded, KeyText.PRIVATE_KEY));
    } catch (InvalidKeySpecException e) {
      throw new KeyFormatException(encoded.at(), "private-key is not an Ed25519 private key");
    }
    byte[] probe = Ed25519.sign(privateKey, PROBE);
    if (!Ed25519.verify(publicKey.publicKey(), PROBE, probe)) {
      throw new KeyFormatException(
          encoded.at(), "private-key does not belong to the public key " + publicKey.keyId());
    }
    return new LicenseSigningKey(privateKey, publicKey);
  }

  /** The key file text, ending with a line feed. It holds the secret key. */
  public String toText() {
    return KeyText.write(
        "coexist license private key: keep it secret, whoever holds it can issue licenses",
        KeyText.PRIVATE_FORMAT,
        ImmutableMap.of(
            KeyText.KEY_ID,
            keyId().toString(),
            KeyText.PUBLIC_KEY,
            Base64.getEncoder().encodeToString(publicKey.publicKey().getEncoded()),
            KeyText.PRIVATE_KEY,
            Base64.getEncoder().encodeToString(privateKey.getEncoded())));
  }

  /** The public half, for verifiers. */
  public LicensePublicKey publicKey() {
    return publicKey;
  }

  /** The id of the pair, written into every license it signs. */
  public KeyId keyId() {
    return publicKey.keyId();
  }

  byte[] sign(byte[] data) {
    return Ed25519.sign(privateKey, data);
  }

  /** Names the key by its id; never prints the secret. */
  @Override
  public String toString() {
    return "LicenseSigningKey{" + keyId() + "}";
  }
}
