package io.github.coexist.cli.license;

import io.github.coexist.cli.UserError;
import io.github.coexist.license.KeyFormatException;
import io.github.coexist.license.LicensePublicKey;
import io.github.coexist.license.LicenseSigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing the files of {@code coexist license}; every failure is a {@link UserError}.
 */
final class LicenseFiles {
  private static final int MAX_KEY_FILE_BYTES = 4096;

  private LicenseFiles() {}

  /** At most {@code maxBytes} + 1 bytes: enough for the reader to see the file is too large. */
  static byte[] read(Path path, int maxBytes) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw failure(path, e);
    }
  }

  static List<LicensePublicKey> publicKeys(List<Path> paths) {
    List<LicensePublicKey> keys = new ArrayList<>();
    for (Path path : paths) {
      try {
        keys.add(LicensePublicKey.fromText(text(path)));
      } catch (KeyFormatException e) {
        throw new UserError(e.describe(path.toString()), e);
      }
    }
    return keys;
  }

  static LicenseSigningKey signingKey(Path path) {
    try {
      return LicenseSigningKey.fromText(text(path));
    } catch (KeyFormatException e) {
      throw new UserError(e.describe(path.toString()), e);
    }
  }

  /** Writes or replaces a file. */
  static void write(Path path, String text) {
    try {
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw failure(path, e);
    }
  }

  /**
   * Creates a file that must not exist yet; a secret one is readable by its owner only (where the
   * file system has POSIX permissions).
   */
  static void create(Path path, String text, boolean secret) {
    try {
      if (secret && Files.getFileStore(parentOf(path)).supportsFileAttributeView("posix")) {
        Files.createFile(
            path,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(path);
      }
    } catch (IOException e) {
      throw failure(path, e);
    }
    try {
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Created here, so removing it removes nothing of the user's.
      deleteQuietly(path);
      throw failure(path, e);
    }
  }

  /** Removes a file this command created; a failure to do so changes nothing of the outcome. */
  static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // The error being reported is the one that matters.
    }
  }

  static void requireAbsent(Path path) {
    if (Files.exists(path)) {
      throw new UserError(path + ": already exists; not overwriting a key");
    }
  }

  private static String text(Path path) {
    byte[] bytes = read(path, MAX_KEY_FILE_BYTES);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Path parentOf(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    return parent == null ? path.toAbsolutePath() : parent;
  }

  private static UserError failure(Path path, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UserError(path + ": no such file or directory", e);
    }
    if (e instanceof AccessDeniedException) {
      return new UserError(path + ": permission denied", e);
    }
    if (e instanceof FileAlreadyExistsException) {
      return new UserError(path + ": already exists; not overwriting a key", e);
    }
    return new UserError(path + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
  }
}
