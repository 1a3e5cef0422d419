package io.github.coexist.notesini;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources, compared byte for byte. With {@code
 * -Dcoexist.golden.update=true} the actual bytes are written there instead (review the diff before
 * committing).
 */
final class Golden {
  private Golden() {}

  static byte[] read(String resource) {
    try (InputStream in = Golden.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertMatches(String resource, byte[] actual) {
    if (Boolean.getBoolean("coexist.golden.update")) {
      try {
        Path file = Path.of("src/test/resources", resource);
        Files.createDirectories(file.getParent());
        Files.write(file, actual);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    // ISO-8859-1 maps each byte to one char: a byte-exact comparison with a readable diff.
    assertThat(new String(actual, StandardCharsets.ISO_8859_1))
        .as("golden file %s", resource)
        .isEqualTo(new String(read(resource), StandardCharsets.ISO_8859_1));
  }

  static void assertMatches(String resource, String actualUtf8) {
    assertMatches(resource, actualUtf8.getBytes(StandardCharsets.UTF_8));
  }
}
