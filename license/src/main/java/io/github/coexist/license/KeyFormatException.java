package io.github.coexist.license;

import io.github.coexist.core.CoexistException;
import java.util.Objects;

/**
 * A key file that cannot be read: says where and why. Thrown by {@link
 * LicensePublicKey#fromText(String)} and {@link LicenseSigningKey#fromText(String)}. Unchecked, a
 * member of the {@link CoexistException} family like every other file coexist reads.
 */
public final class KeyFormatException extends CoexistException {
  private static final long serialVersionUID = 1L;

  private final transient TextPosition position;
  private final String detail;

  KeyFormatException(TextPosition position, String detail) {
    super("line " + position.line() + ", column " + position.column() + ": " + detail);
    this.position = position;
    this.detail = detail;
  }

  /** Where in the key file. */
  public TextPosition position() {
    return position;
  }

  /** What is wrong, without the position. */
  public String detail() {
    return detail;
  }

  /** {@code signing.key:3:7: ...}: the message after a file name. */
  public String describe(String source) {
    Objects.requireNonNull(source, "source");
    return source + ":" + position + ": " + detail;
  }
}
