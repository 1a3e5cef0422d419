package io.github.coexist.powershell;

import io.github.coexist.core.CoexistStyle;
import org.immutables.value.Value;

/**
 * How a script becomes bytes. The defaults suit Windows PowerShell 5.1, which reads a UTF-8 file
 * without a byte order mark as ANSI: a byte of a multi-byte character can then decode as a quote or
 * a dash and change the statement. Hence UTF-8 with BOM and CRLF unless told otherwise.
 *
 * <pre>{@code
 * RenderOptions unix = RenderOptions.builder().lineEnding(LineEnding.LF).byteOrderMark(false).build();
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class RenderOptions {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  RenderOptions() {}

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link RenderOptions}. A setter of a list (e.g. {@code names(list)}) replaces the
   * values set so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws
   * {@link IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutableRenderOptions.Builder {
    Builder() {}
  }

  /** UTF-8 with BOM, CRLF. */
  public static RenderOptions defaults() {
    return builder().build();
  }

  /** The line ending; CRLF unless set. */
  @Value.Default
  public LineEnding lineEnding() {
    return LineEnding.CRLF;
  }

  /**
   * Whether the bytes start with the UTF-8 byte order mark; true unless set. Without it the script
   * is pure ASCII: non-ASCII text is written as {@code ('Z' + [char]0x00FC + 'rich')}, because
   * Windows PowerShell 5.1 would read UTF-8 bytes in the ANSI code page.
   */
  @Value.Default
  public boolean byteOrderMark() {
    return true;
  }

  /** Line endings a script can be written with. */
  public enum LineEnding {
    /** {@code \r\n}: Windows (the default). */
    CRLF("\r\n"),
    /** {@code \n}. */
    LF("\n");

    private final String text;

    LineEnding(String text) {
      this.text = text;
    }

    /** The characters that end a line. */
    public String text() {
      return text;
    }
  }
}
