package io.github.coexist.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenTest {
  @TempDir Path module;

  private Path write(String name, String text) throws IOException {
    Path file = module.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sameBytesPass() throws IOException {
    write("golden/a.txt", "one\r\ntwo\r\n");
    new Golden(module, false)
        .check("golden/a.txt", "one\r\ntwo\r\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aMismatchNamesTheFileTheLinesAndTheSwitch() throws IOException {
    write("golden/a.ps1", "\uFEFFone\r\ntwo\r\nthree\r\n");
    byte[] actual = "\uFEFFone\r\nTWO\nthree\r\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new Golden(module, false).check("golden/a.ps1", actual))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("golden file golden/a.ps1 differs")
        .hasMessageContaining("first at line 2")
        .hasMessageContaining("-    2 | two\\r\\n")
        .hasMessageContaining("+    2 | TWO\\n")
        .hasMessageNotContaining("three")
        .hasMessageContaining("-Dcoexist.regenerate=true");
  }

  @Test
  void lineEndingsAndTheByteOrderMarkAreDifferences() throws IOException {
    write("a.txt", "x\n");
    assertThatThrownBy(
            () ->
                new Golden(module, false)
                    .check("a.txt", "\uFEFFx\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("+    1 | \\uFEFFx\\n");
  }

  @Test
  void bytesThatAreNotUtf8AreShownAsEscapes() throws IOException {
    Files.write(module.resolve("a.ini"), new byte[] {'M', (byte) 0xFC, '\n'});
    assertThatThrownBy(() -> new Golden(module, false).check("a.ini", new byte[] {'M', 'u', '\n'}))
        .hasMessageContaining("-    1 | M\\xFC\\n");
  }

  @Test
  void aMissingFileSaysHowToWriteIt() {
    assertThatThrownBy(() -> new Golden(module, false).check("golden/none.md", new byte[0]))
        .hasMessageContaining("golden file golden/none.md does not exist")
        .hasMessageContaining("-Dcoexist.regenerate=true");
  }

  @Test
  void regeneratingWritesTheExactBytes() throws IOException {
    byte[] actual = "\uFEFFa\r\n\u00E9".getBytes(StandardCharsets.UTF_8);
    new Golden(module, true).check("deep/dir/b.ps1", actual);
    assertThat(Files.readAllBytes(module.resolve("deep/dir/b.ps1"))).isEqualTo(actual);
    new Golden(module, false).check("deep/dir/b.ps1", actual);
  }

  @Test
  void theSwitchIsOffByDefault() {
    assertThat(Golden.regenerating()).isEqualTo(Boolean.getBoolean(Golden.SWITCH));
    assertThat(Golden.SWITCH).isEqualTo("coexist.regenerate");
  }
}
