package io.github.coexist.license;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The name of a signing key: the first 8 bytes of the SHA-256 of the public key's X.509 encoding in
 * lower-case hex, a dash and one check digit, for example {@code 9f86d081884c7d65-3}.
 *
 * <p>The check digit ({@code sum of digit × weight mod 16}, weights alternating 1 and 3) catches
 * every single-character typo, so a changed key id reads as a malformed license rather than as a
 * license from a key nobody trusts.
 *
 * <pre>{@code
 * KeyId id = KeyId.of(publicKey);
 * KeyId same = KeyId.parse(id.toString());
 * }</pre>
 */
public final class KeyId implements Comparable<KeyId> {
  private static final int HEX_DIGITS = 16;
  private static final int LENGTH = HEX_DIGITS + 2;
  private static final String EXAMPLE = "9f86d081884c7d65-3";

  private final String text;

  private KeyId(String text) {
    this.text = text;
  }

  /** The key id of a public key. */
  public static KeyId of(PublicKey publicKey) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
    String hex = HexFormat.of().formatHex(Arrays.copyOf(digest, HEX_DIGITS / 2));
    return new KeyId(hex + "-" + checkDigit(hex));
  }

  /**
   * Reads a key id written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if {@code text} is not a key id or its check digit is wrong
   */
  public static KeyId parse(String text) {
    Optional<Flaw> flaw = flaw(text);
    if (flaw.isPresent()) {
      throw new IllegalArgumentException(flaw.get().message());
    }
    return new KeyId(text);
  }

  /** What is wrong with {@code text} as a key id, and at which index. */
  static Optional<Flaw> flaw(String text) {
    if (text.length() != LENGTH) {
      return Optional.of(
          Flaw.at(
              0,
              "key-id must be 16 hex digits, '-' and a check digit, like "
                  + EXAMPLE
                  + ", found '"
                  + text
                  + "'"));
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (i == HEX_DIGITS) {
        if (c != '-') {
          return Optional.of(Flaw.at(i, "key-id: expected '-' before the check digit"));
        }
      } else if (!isLowerHex(c)) {
        return Optional.of(
            Flaw.at(i, "key-id: " + LicenseFields.quote(c) + " is not a lower-case hex digit"));
      }
    }
    if (text.charAt(LENGTH - 1) != checkDigit(text.substring(0, HEX_DIGITS))) {
      return Optional.of(
          Flaw.at(LENGTH - 1, "key-id check digit does not match (a typo in the key id?)"));
    }
    return Optional.empty();
  }

  private static boolean isLowerHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  /** Odd weights are invertible mod 16, so any change of one digit changes the sum. */
  private static char checkDigit(String hex) {
    int sum = 0;
    for (int i = 0; i < hex.length(); i++) {
      int weight = i % 2 == 0 ? 1 : 3;
      sum += weight * Character.digit(hex.charAt(i), 16);
    }
    return Character.forDigit(sum % 16, 16);
  }

  /** The written form, for example {@code 9f86d081884c7d65-3}. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyId keyId && keyId.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public int compareTo(KeyId other) {
    return text.compareTo(other.text);
  }
}
