package io.github.coexist.license;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The one signature algorithm, from the JDK's own provider. The verifier fixes it; nothing in a
 * license file can choose another.
 */
final class Ed25519 {
  static final String ALGORITHM = "Ed25519";

  private Ed25519() {}

  static KeyPair generate(SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
      generator.initialize(NamedParameterSpec.ED25519, random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw missing(e);
    }
  }

  /** Decodes an X.509 SubjectPublicKeyInfo; refuses any other curve or algorithm. */
  static PublicKey publicKey(byte[] x509) throws InvalidKeySpecException {
    return factory().generatePublic(new X509EncodedKeySpec(x509));
  }

  /** Decodes a PKCS#8 PrivateKeyInfo; refuses any other curve or algorithm. */
  static PrivateKey privateKey(byte[] pkcs8) throws InvalidKeySpecException {
    return factory().generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (InvalidKeyException | SignatureException e) {
      throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw missing(e);
    }
  }

  /**
   * Whether {@code signature} is {@code key}'s signature of {@code data}. A signature the JDK finds
   * malformed (for example a scalar out of range) is simply not a valid signature.
   */
  static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (SignatureException e) {
      return false;
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw missing(e);
    }
  }

  private static KeyFactory factory() {
    try {
      return KeyFactory.getInstance(ALGORITHM);
    } catch (GeneralSecurityException e) {
      throw missing(e);
    }
  }

  private static IllegalStateException missing(GeneralSecurityException e) {
    return new IllegalStateException("this JDK does not provide " + ALGORITHM, e);
  }
}
