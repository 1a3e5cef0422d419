package io.github.coexist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every command checks before it writes a file: that the file is none of its own inputs
 * (compared as real paths, so a symlink, a hard link or {@code ./x} is caught), and that it is not
 * a license key file, which no command ever replaces.
 *
 * <pre>{@code
 * OutputFiles.check("-o", output, "--private-key", privateKey);
 * // coexist: -o priv.key: is the file given as --private-key; a command never writes over its own input
 * }</pre>
 */
public final class OutputFiles {
  /** What a key file of either kind starts its {@code format:} line with (license module). */
  private static final String KEY_FORMAT = "coexist-license-";

  /** Key files are at most 4 KiB; their format line is near the top. */
  private static final int KEY_PROBE_BYTES = 4096;

  private OutputFiles() {}

  /**
   * Refuses {@code output} when it is one of the inputs or an existing key file.
   *
   * @param option how the output was given ({@code -o}, {@code --public-key}), for the message
   * @param output the file about to be written; null for standard output (nothing to check)
   * @param inputs pairs of an option name and the file given with it (a null file is skipped)
   */
  public static void check(String option, Path output, Object... inputs) {
    if (output == null) {
      return;
    }
    for (int i = 0; i + 1 < inputs.length; i += 2) {
      Path input = (Path) inputs[i + 1];
      if (input != null && same(output, input)) {
        throw new UserError(
            option
                + " "
                + output
                + ": is the file given as "
                + inputs[i]
                + "; a command never writes over its own input");
      }
    }
    if (isKeyFile(output)) {
      throw new UserError(option + " " + output + ": is a license key file; not overwriting a key");
    }
  }

  /**
   * {@code files} as the (option name, file) pairs {@link #check} takes, each named {@code label}.
   */
  static Object[] each(String label, java.util.List<Path> files) {
    Object[] pairs = new Object[files.size() * 2];
    for (int i = 0; i < files.size(); i++) {
      pairs[2 * i] = label;
      pairs[2 * i + 1] = files.get(i);
    }
    return pairs;
  }

  /**
   * Whether {@code a} and {@code b} are the same file: the same real file when both exist, else the
   * same absolute path once the existing folder is resolved (links included).
   */
  public static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Fall back to comparing the paths.
    }
    return resolved(a).equals(resolved(b));
  }

  private static Path resolved(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent != null && absolute.getFileName() != null) {
      try {
        return parent.toRealPath().resolve(absolute.getFileName());
      } catch (IOException e) {
        return absolute;
      }
    }
    return absolute;
  }

  /** Whether {@code path} is an existing regular file that holds a coexist license key. */
  static boolean isKeyFile(Path path) {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      String head = new String(in.readNBytes(KEY_PROBE_BYTES), StandardCharsets.ISO_8859_1);
      return head.contains(KEY_FORMAT + "public-key/")
          || head.contains(KEY_FORMAT + "private-key/");
    } catch (IOException e) {
      return false;
    }
  }
}
