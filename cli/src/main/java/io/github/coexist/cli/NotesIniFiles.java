package io.github.coexist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the notes.ini {@code coexist emit notesini --merge-into} merges into. */
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
}
