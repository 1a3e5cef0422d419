package io.github.coexist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a notes.ini and writing the bytes {@code coexist emit notesini|console} produce. */
final class NotesIniFiles {
  /** Real notes.ini files are kilobytes; anything this large is not one. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private NotesIniFiles() {}

  /** The file's bytes, exactly. */
  static byte[] read(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserError(file + ": is a directory, not a notes.ini");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new UserError(file + ": larger than 16 MiB, not a notes.ini");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UserError(file + ": permission denied", e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Writes {@code bytes} to {@code output}, or to stdout without one. Stdout is a text stream
   * (UTF-8): bytes that are not UTF-8 could not come out unchanged there, so they need a file.
   */
  static void write(byte[] bytes, Path output, PrintWriter stdout) {
    if (output != null) {
      try {
        Files.write(output, bytes);
      } catch (IOException e) {
        throw new UserError(output + ": cannot be written (" + e.getMessage() + ")", e);
      }
      return;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UserError(
          "the output holds bytes that are not UTF-8 and would change on stdout; write it to a"
              + " file with -o FILE",
          e);
    }
    stdout.print(text);
    stdout.flush();
  }
}
