package io.github.coexist.core.emit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What an emitter makes, writing itself: as text to an {@link Appendable} ({@link
 * #writeTo(Appendable)}), and as the bytes of a file to an {@link OutputStream} ({@link
 * #writeTo(OutputStream)}) in its own {@link #charset()}, with a byte order mark when the artifact
 * needs one. {@link #text()} is {@code writeTo(Appendable)} into a string, {@link #bytes()} is
 * {@code writeTo(OutputStream)} into an array, and every coexist artifact's {@code toString()} is
 * {@link #text()}. Write a file with {@code writeTo(OutputStream)}: the text is for display (a byte
 * order mark, or bytes kept from an input file, are only in the bytes).
 *
 * <pre>{@code
 * PowerShellScript script = PowerShellEmitter.standard().emit(validPlan);
 * try (OutputStream out = Files.newOutputStream(Path.of("exchange.ps1"))) {
 *   script.writeTo(out); // UTF-8 with BOM, CRLF
 * }
 * String markdown = RunbookEmitter.standard().emit(validPlan).text();
 * }</pre>
 *
 * <p>Emitters make artifacts of a validated plan ({@link Emitter}); an artifact of something else
 * (the drift report, of a drift) is made by its own factory and writes itself the same way.
 *
 * <p>An artifact of your own implements {@link #writeTo(Appendable)}; the other methods follow from
 * it (override {@link #writeTo(OutputStream)} when the bytes are more than the text in the charset,
 * e.g. a byte order mark or bytes kept from an input file).
 */
public interface Artifact {
  /**
   * Appends the artifact's text: no byte order mark, the artifact's own line ends.
   *
   * @throws IOException when {@code out} fails
   */
  void writeTo(Appendable out) throws IOException;

  /** The charset of {@link #writeTo(OutputStream)}; UTF-8 unless the artifact says otherwise. */
  default Charset charset() {
    return StandardCharsets.UTF_8;
  }

  /**
   * Writes the artifact's bytes, the file to save: its text in {@link #charset()} (a character the
   * charset cannot hold is an {@link IOException}, never a replacement byte). {@code out} is
   * flushed, not closed.
   *
   * @throws IOException when {@code out} fails or a character cannot be encoded
   */
  default void writeTo(OutputStream out) throws IOException {
    java.util.Objects.requireNonNull(out, "out");
    Writer writer =
        new OutputStreamWriter(
            out,
            charset()
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    writeTo(writer);
    writer.flush();
  }

  /**
   * {@link #writeTo(OutputStream)} into an array: the file's bytes.
   *
   * @throws UncheckedIOException when a character cannot be encoded in {@link #charset()}
   */
  default byte[] bytes() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /** {@link #writeTo(Appendable)} into a string. */
  default String text() {
    StringBuilder text = new StringBuilder();
    try {
      writeTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return text.toString();
  }
}
