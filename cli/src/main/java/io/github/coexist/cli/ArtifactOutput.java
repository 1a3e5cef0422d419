package io.github.coexist.cli;

import io.github.coexist.core.emit.Artifact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How every command writes what an emitter made: the artifact's bytes ({@link
 * Artifact#writeTo(OutputStream)}, or a script's {@code writeTo(out, options)}) to {@code -o FILE},
 * or the same bytes as text to standard output. A file gets exactly the artifact's bytes (a byte
 * order mark, a charset other than UTF-8, bytes kept from a merged notes.ini).
 */
final class ArtifactOutput {
  /** Writes bytes: {@code artifact::writeTo}, or {@code out -> script.writeTo(out, options)}. */
  @FunctionalInterface
  interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  private ArtifactOutput() {}

  /**
   * Writes {@code bytes} to {@code output}, or to {@code stdout} without one, and says which.
   * Stdout is a text stream (UTF-8): bytes that are not UTF-8 could not come out unchanged there,
   * so they need a file (a byte order mark is U+FEFF, as in the file).
   *
   * @return whether a file was written
   */
  static boolean write(Bytes bytes, Path output, PrintWriter stdout) {
    if (output != null) {
      toFile(bytes, output);
      return true;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      bytes.writeTo(buffer);
    } catch (IOException e) {
      throw new UserError("the output cannot be encoded (" + e.getMessage() + ")", e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(buffer.toByteArray()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UserError(
          "the output holds bytes that are not UTF-8 and would change on stdout; write it to a"
              + " file with -o FILE",
          e);
    }
    stdout.print(text);
    stdout.flush();
    return false;
  }

  /** {@link #write}, then {@code wrote FILE} on {@code stdout} when it wrote a file. */
  static void writeAndSay(Bytes bytes, Path output, PrintWriter stdout) {
    if (write(bytes, output, stdout)) {
      stdout.println("wrote " + output);
    }
  }

  /** Writes {@code bytes} to {@code file}, created or replaced. */
  static void toFile(Bytes bytes, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      bytes.writeTo(out);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be written (" + reason(e) + ")", e);
    }
  }

  /** An {@link Artifact} of text that is no emitter's (a report, the plan file): UTF-8. */
  static Artifact text(String text) {
    return out -> out.append(text);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
