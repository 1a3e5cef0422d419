package io.github.coexist.cli;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.livestate.ClixmlReader;
import io.github.coexist.livestate.ConvertToJsonReader;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.SnapshotFormatException;
import io.github.coexist.livestate.SnapshotJsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place commands read live state: each file as what it is (an {@code Export-Clixml}
 * capture, coexist's snapshot JSON, or {@code ConvertTo-Json} output of the kind {@code --kind}
 * names), then one snapshot of them all. A file that cannot be read or is malformed becomes a
 * {@link UserError} naming {@code file:line:column} (exit 2).
 */
final class SnapshotFiles {
  private static final Pattern SNAPSHOT_JSON =
      Pattern.compile("\"format\"\\s*:\\s*\"coexist-snapshot\"");

  private SnapshotFiles() {}

  /**
   * Reads and combines {@code files}.
   *
   * @param environment the environment they were taken of (a snapshot document of another is
   *     refused)
   * @param kind the kind of {@code ConvertTo-Json} output (it does not say)
   */
  static Snapshot read(List<Path> files, Environment environment, Optional<ObjectKind> kind) {
    List<Snapshot> parts = new ArrayList<>();
    for (Path file : files) {
      Snapshot part = one(file, environment, kind);
      if (part.environment() != environment) {
        throw new UserError(
            file
                + ": a snapshot of "
                + part.environment().key()
                + ", but the plan is for "
                + environment.key());
      }
      parts.add(part);
    }
    try {
      return Snapshot.combine(parts);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          String.join(", ", files.stream().map(Path::toString).toList()) + ": " + e.getMessage(),
          e);
    }
  }

  private static Snapshot one(Path file, Environment environment, Optional<ObjectKind> kind) {
    byte[] bytes = bytes(file);
    String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
    String trimmed = start.replace("\uFEFF", "").stripLeading();
    try {
      if (trimmed.startsWith("<")) {
        return ClixmlReader.read(
            new ByteArrayInputStream(bytes), file.toString(), environment, kind);
      }
      if (SNAPSHOT_JSON.matcher(start).find()) {
        return SnapshotJsonReader.read(reader(bytes), file.toString());
      }
      return convertToJson(file, bytes, environment, kind);
    } catch (SnapshotFormatException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** ConvertTo-Json output or REST records: the kind must be named. */
  private static Snapshot convertToJson(
      Path file, byte[] bytes, Environment environment, Optional<ObjectKind> kind)
      throws IOException {
    if (kind.isEmpty()) {
      throw new UserError(
          file
              + ": not a coexist snapshot nor an Export-Clixml capture; for ConvertTo-Json output"
              + " name its kind with --kind (e.g. --kind send-connector)");
    }
    return ConvertToJsonReader.read(reader(bytes), file.toString(), environment, kind.get());
  }

  private static Reader reader(byte[] bytes) {
    return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserError(file + ": is a directory, not a snapshot");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UserError(file + ": permission denied", e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
