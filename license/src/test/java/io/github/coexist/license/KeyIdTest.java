package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyIdTest {
  @Test
  void isTheFingerprintOfThePublicKeyWithACheckDigit() {
    KeyId id = KeyId.of(Fixtures.key(1).publicKey().publicKey());

    assertThat(id.toString()).isEqualTo("1ecb77f59cca9f60-5");
    assertThat(KeyId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  void theDocumentedExampleIsValid() {
    assertThat(KeyId.parse("9f86d081884c7d65-3")).hasToString("9f86d081884c7d65-3");
  }

  @Test
  void differentKeysHaveDifferentIds() {
    assertThat(Fixtures.key(1).keyId()).isNotEqualTo(Fixtures.key(2).keyId());
  }

  @Test
  void everySingleCharacterChangeIsCaught() {
    String id = "1ecb77f59cca9f60-5";
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < id.length(); i++) {
      for (char c = 0x20; c < 0x7F; c++) {
        if (c == id.charAt(i)) {
          continue;
        }
        String typo = id.substring(0, i) + c + id.substring(i + 1);
        if (KeyId.flaw(typo).isEmpty()) {
          missed.add(typo);
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void parseNamesTheProblem() {
    assertThatThrownBy(() -> KeyId.parse("1ecb77f59cca9f60-6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key-id check digit does not match (a typo in the key id?)");
    assertThatThrownBy(() -> KeyId.parse("1ecb77f59cca9f60+5"))
        .hasMessage("key-id: expected '-' before the check digit");
  }

  @Test
  void sortsByText() {
    assertThat(KeyId.parse("9f86d081884c7d65-3")).isGreaterThan(KeyId.parse("1ecb77f59cca9f60-5"));
  }
}
