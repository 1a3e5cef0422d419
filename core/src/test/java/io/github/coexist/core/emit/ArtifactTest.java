package io.github.coexist.core.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArtifactTest {
  /** An artifact of your own: only writeTo(Appendable), optionally the charset. */
  private static Artifact of(String text, Charset charset) {
    return new Artifact() {
      @Override
      public void writeTo(Appendable out) throws IOException {
        out.append(text);
      }

      @Override
      public Charset charset() {
        return charset;
      }
    };
  }

  @Test
  void textIsWhatWriteToAppends() {
    Artifact lambda = out -> out.append("a\n").append("b\n");

    assertThat(lambda.text()).isEqualTo("a\nb\n");
    assertThat(lambda.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void bytesAreTheTextInTheCharsetWithoutClosingTheStream() throws IOException {
    Artifact windows = of("Verschl\u00fcsselt\r\n", Charset.forName("windows-1252"));
    boolean[] closed = {false};
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    windows.writeTo((OutputStream) bytes);

    assertThat(bytes.toByteArray())
        .isEqualTo("Verschl\u00fcsselt\r\n".getBytes(Charset.forName("windows-1252")))
        .hasSize(15);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void bytesAreWhatWriteToOutputStreamWrites() {
    Artifact withMark =
        new Artifact() {
          @Override
          public void writeTo(Appendable out) throws IOException {
            out.append("x");
          }

          @Override
          public void writeTo(OutputStream out) throws IOException {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'});
          }
        };

    assertThat(of("Verschl\u00fcsselt", Charset.forName("windows-1252")).bytes())
        .isEqualTo("Verschl\u00fcsselt".getBytes(Charset.forName("windows-1252")));
    assertThat(withMark.bytes()).containsExactly(0xEF, 0xBB, 0xBF, 'x');
    assertThat(withMark.text()).isEqualTo("x");
  }

  @Test
  void aCharacterTheCharsetLacksIsAnErrorNotAReplacement() {
    Artifact ascii = of("Z\u00fcrich", StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> ascii.writeTo(new ByteArrayOutputStream()))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(ascii::bytes)
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void aFailingAppendableIsReportedToTheCaller() {
    Artifact artifact = of("x", StandardCharsets.UTF_8);
    Appendable broken =
        new Appendable() {
          @Override
          public Appendable append(CharSequence csq) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public Appendable append(CharSequence csq, int start, int end) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public Appendable append(char c) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> artifact.writeTo(broken)).hasMessage("disk full");
  }
}
