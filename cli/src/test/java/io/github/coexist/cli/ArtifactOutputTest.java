package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.emit.Artifact;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file gets the artifact's bytes; stdout the same bytes as text, or a one-line refusal. */
class ArtifactOutputTest {
  @TempDir Path dir;

  /** Text with a byte order mark in its bytes only, as the PowerShell scripts have. */
  private static final Artifact MARKED =
      new Artifact() {
        @Override
        public void writeTo(Appendable out) throws IOException {
          out.append("Z\u00fcrich\r\n");
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
          out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
          out.write("Z\u00fcrich\r\n".getBytes(StandardCharsets.UTF_8));
        }
      };

  @Test
  void aFileGetsTheArtifactsBytesAndStdoutTheSameBytesAsText() throws IOException {
    Path file = dir.resolve("out.ps1");
    StringWriter stdout = new StringWriter();

    assertThat(ArtifactOutput.write(MARKED::writeTo, file, new PrintWriter(stdout))).isTrue();
    assertThat(Files.readAllBytes(file)).isEqualTo(MARKED.bytes());
    assertThat(stdout.toString()).isEmpty();

    assertThat(ArtifactOutput.write(MARKED::writeTo, null, new PrintWriter(stdout))).isFalse();
    assertThat(stdout.toString()).isEqualTo("\uFEFFZ\u00fcrich\r\n");
  }

  @Test
  void bytesThatAreNotUtf8GoToAFileOnly() throws IOException {
    Artifact windows =
        new Artifact() {
          @Override
          public void writeTo(Appendable out) throws IOException {
            out.append("Verschl\u00fcsselt\n");
          }

          @Override
          public Charset charset() {
            return Charset.forName("windows-1252");
          }
        };
    Path file = dir.resolve("btcal.ini");

    ArtifactOutput.write(windows::writeTo, file, new PrintWriter(new StringWriter()));
    assertThat(Files.readAllBytes(file)).isEqualTo(windows.bytes()).hasSize(14);
    assertThatThrownBy(
            () -> ArtifactOutput.write(windows::writeTo, null, new PrintWriter(new StringWriter())))
        .isInstanceOf(UserError.class)
        .hasMessageStartingWith("the output holds bytes that are not UTF-8");
  }

  @Test
  void aFileThatCannotBeWrittenIsOneLineNamingIt() {
    Path missing = dir.resolve("no-such-folder").resolve("out.ps1");

    assertThatThrownBy(() -> ArtifactOutput.toFile(MARKED::writeTo, missing))
        .isInstanceOf(UserError.class)
        .hasMessage(missing + ": cannot be written (its folder does not exist)");
  }

  @Test
  void aTextOfTheCliIsUtf8() {
    assertThat(ArtifactOutput.text("caf\u00e9\n").bytes())
        .isEqualTo("caf\u00e9\n".getBytes(StandardCharsets.UTF_8));
  }
}
