package io.github.coexist.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignedFileTest {
  @Test
  void signedBytesEndBeforeTheSignatureLine() {
    byte[] file = "a: 1\nkey-id: k\nsignature: AAEC\n".getBytes(StandardCharsets.US_ASCII);

    SignedFile split = SignedFile.split(file);

    assertThat(new String(split.signedBytes(), StandardCharsets.US_ASCII))
        .isEqualTo("a: 1\nkey-id: k\n");
    assertThat(split.signature()).containsExactly(0, 1, 2);
  }

  @Test
  void aFileWithoutSignatureIsRefused() {
    assertThatThrownBy(() -> SignedFile.split("a: 1\n".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no signature line");
  }
}
