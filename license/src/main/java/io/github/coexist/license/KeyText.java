package io.github.coexist.license;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text form of key files: {@code # comments}, then {@code name: value} lines, keys as base64 of
 * their standard encodings (X.509 for the public key, PKCS#8 for the private one). Reading is
 * lenient about layout (CRLF, blank lines, comments anywhere) and strict about content.
 */
final class KeyText {
  static final String PUBLIC_FORMAT = "coexist-license-public-key/1";
  static final String PRIVATE_FORMAT = "coexist-license-private-key/1";
  static final String FORMAT = "format";
  static final String KEY_ID = "key-id";
  static final String PUBLIC_KEY = "public-key";
  static final String PRIVATE_KEY = "private-key";
  static final int MAX_BYTES = 4096;

  /** A value and where it stood. */
  record Value(String text, TextPosition at) {}

  private KeyText() {}

  /**
   * Reads the fields of a key file of the expected format: {@code format} and every one of {@code
   * names} present once, and no other.
   */
  static Map<String, Value> read(byte[] bytes, String expectedFormat, List<String> names) {
    if (bytes.length > MAX_BYTES) {
      throw new KeyFormatException(
          new TextPosition(1, 1), "a key file is at most " + MAX_BYTES + " bytes");
    }
    LineCursor lines = LineCursor.lenient(bytes);
    Map<String, Value> values = new LinkedHashMap<>();
    while (lines.hasNext()) {
      Outcome<LineCursor.Line> next = lines.next();
      if (!next.isAccepted()) {
        LicenseProblem problem = next.problem();
        throw new KeyFormatException(problem.position().orElseThrow(), problem.detail());
      }
      LineCursor.Line line = next.value();
      String text = line.text();
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      int colon = text.indexOf(':');
      if (colon <= 0) {
        throw new KeyFormatException(line.at(0), "expected 'name: value'");
      }
      String name = text.substring(0, colon).strip();
      if (!name.equals(FORMAT) && !names.contains(name)) {
        throw new KeyFormatException(
            line.at(0), "unknown field '" + name + "'; expected " + String.join(", ", names));
      }
      if (values.containsKey(name)) {
        throw new KeyFormatException(
            line.at(0),
            "duplicate field '" + name + "' (first on line " + values.get(name).at().line() + ")");
      }
      int valueIndex = colon + 1;
      while (valueIndex < text.length() && text.charAt(valueIndex) == ' ') {
        valueIndex++;
      }
      Value value = new Value(text.substring(valueIndex).stripTrailing(), line.at(valueIndex));
      if (name.equals(FORMAT) && !value.text().equals(expectedFormat)) {
        throw new KeyFormatException(
            value.at(), "expected format " + expectedFormat + ", found '" + value.text() + "'");
      }
      values.put(name, value);
    }
    TextPosition end = new TextPosition(lines.nextNumber(), 1);
    if (!values.containsKey(FORMAT)) {
      throw new KeyFormatException(
          end, "not a coexist key file: no 'format: " + expectedFormat + "' line");
    }
    for (String name : names) {
      if (!values.containsKey(name)) {
        throw new KeyFormatException(end, "missing field '" + name + "'");
      }
    }
    return values;
  }

  /** Strict base64: the standard alphabet with padding, and nothing a re-encoding would change. */
  static byte[] base64(Value value, String what) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(value.text());
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException(value.at(), what + " is not base64");
    }
    if (!Base64.getEncoder().encodeToString(decoded).equals(value.text())) {
      throw new KeyFormatException(value.at(), what + " is not canonical base64");
    }
    return decoded;
  }

  /** The public key of a key file, checked against the file's key id. */
  static PublicKey publicKey(Map<String, Value> values) {
    Value encoded = values.get(PUBLIC_KEY);
    byte[] x509 = base64(encoded, PUBLIC_KEY);
    PublicKey key;
    try {
      key = Ed25519.publicKey(x509);
    } catch (InvalidKeySpecException e) {
      throw new KeyFormatException(encoded.at(), "public-key is not an Ed25519 public key");
    }
    if (!Arrays.equals(key.getEncoded(), x509)) {
      throw new KeyFormatException(encoded.at(), "public-key is not in its canonical encoding");
    }
    Value keyId = values.get(KEY_ID);
    Optional<Flaw> flaw = KeyId.flaw(keyId.text());
    if (flaw.isPresent()) {
      throw new KeyFormatException(keyId.at(), flaw.get().message());
    }
    KeyId actual = KeyId.of(key);
    if (!actual.toString().equals(keyId.text())) {
      throw new KeyFormatException(
          keyId.at(), "key-id does not match the public key, whose id is " + actual);
    }
    return key;
  }

  static String write(String comment, String format, Map<String, String> fields) {
    StringBuilder text = new StringBuilder();
    text.append("# ").append(comment).append('\n');
    text.append(FORMAT).append(": ").append(format).append('\n');
    fields.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
    return text.toString();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
