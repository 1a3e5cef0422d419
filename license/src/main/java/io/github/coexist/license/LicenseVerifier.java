package io.github.coexist.license;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Step two: accepts a {@link ParsedLicense} only if a trusted key signed exactly its bytes. The
 * algorithm is Ed25519, fixed here; nothing in the file chooses it.
 *
 * <p>A verifier may trust several keys, so that a new signing key can be introduced while licenses
 * signed by the old one stay valid (key rotation); the license's key id picks the key.
 *
 * <pre>{@code
 * LicenseVerifier verifier = LicenseVerifier.trusting(currentKey, previousKey);
 * Outcome<License> license = LicenseParser.parse(bytes).flatMap(verifier::verify);
 * }</pre>
 *
 * <p>Rejections: {@link LicenseProblem.Reason#UNSIGNED} (no signature), {@link
 * LicenseProblem.Reason#UNKNOWN_KEY} (signed with a key not trusted here), {@link
 * LicenseProblem.Reason#TAMPERED} (the signature does not match the bytes).
 */
public final class LicenseVerifier {
  private final ImmutableSortedMap<KeyId, LicensePublicKey> trusted;

  private LicenseVerifier(ImmutableSortedMap<KeyId, LicensePublicKey> trusted) {
    this.trusted = trusted;
  }

  /** A verifier trusting the given keys. */
  public static LicenseVerifier trusting(LicensePublicKey first, LicensePublicKey... more) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(more, "more");
    return trusting(ImmutableList.<LicensePublicKey>builder().add(first).add(more).build());
  }

  /**
   * A verifier trusting the given keys.
   *
   * @throws IllegalArgumentException if there are none, or one is given twice
   */
  public static LicenseVerifier trusting(Collection<LicensePublicKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a verifier needs at least one trusted key");
    }
    TreeMap<KeyId, LicensePublicKey> map = new TreeMap<>();
    for (LicensePublicKey key : keys) {
      if (map.put(key.keyId(), key) != null) {
        throw new IllegalArgumentException("key " + key.keyId() + " is given twice");
      }
    }
    return new LicenseVerifier(ImmutableSortedMap.copyOfSorted(map));
  }

  /** The ids of the trusted keys, sorted. */
  public List<KeyId> trustedKeyIds() {
    return trusted.keySet().asList();
  }

  /** The license, if a trusted key signed exactly the bytes it was parsed from. */
  public Outcome<License> verify(ParsedLicense license) {
    if (!license.isSigned()) {
      return Outcome.rejected(
          license.keyId().map(LicenseProblem::unsigned).orElseGet(LicenseProblem::unsigned));
    }
    KeyId keyId = license.keyId().orElseThrow();
    LicensePublicKey key = trusted.get(keyId);
    if (key == null) {
      return Outcome.rejected(LicenseProblem.unknownKey(keyId, trustedKeyIds()));
    }
    byte[] signature = license.signature();
    if (!Ed25519.verify(key.publicKey(), license.signedBytes(), signature)) {
      return Outcome.rejected(LicenseProblem.tampered(keyId));
    }
    return Outcome.accepted(license.unverifiedContent());
  }

  @Override
  public String toString() {
    return "LicenseVerifier{trusting " + Arrays.toString(trusted.keySet().toArray()) + "}";
  }
}
