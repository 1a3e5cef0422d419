package io.github.coexist.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotesNameTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "COEX01/ACME | CN=COEX01/O=ACME | COEX01/ACME",
        "COEX01/Mail/East/ACME | CN=COEX01/OU=Mail/OU=East/O=ACME | COEX01/Mail/East/ACME",
        "cn=COEX01/ou=Mail/o=ACME/c=US | CN=COEX01/OU=Mail/O=ACME/C=US | COEX01/Mail/ACME/US",
        "COEX01 | CN=COEX01 | COEX01",
        " COEX01 / ACME  | CN=COEX01/O=ACME | COEX01/ACME"
      })
  void readsAbbreviatedAndCanonicalNames(String text, String canonical, String abbreviated) {
    NotesName name = NotesName.parse(text);
    assertThat(name.canonical()).isEqualTo(canonical);
    assertThat(name.abbreviated()).isEqualTo(abbreviated);
    assertThat(NotesName.parse(canonical)).isEqualTo(name).hasSameHashCodeAs(name);
  }

  @Test
  void namesItsParts() {
    NotesName name = NotesName.parse("COEX01/Mail/ACME");
    assertThat(name.commonName()).isEqualTo("COEX01");
    assertThat(name.organization()).contains("ACME");
    assertThat(NotesName.parse("COEX01").organization()).isEmpty();
    assertThat(name).hasToString("COEX01/Mail/ACME");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | empty",
        "COEX01/ | part 2 is empty",
        "CN=COEX01/X=1 | part 2 is not CN=, OU=, O= or C=",
        "CN=COEX01/OU=a/OU=b/OU=c/OU=d/OU=e/O=ACME | more than 4 organizational units",
        "CN=COEX01/OU=Mail | components must be CN, up to four OU, O, then C"
      })
  void refusesWhatDominoDoesNotName(String text, String reason) {
    assertThatThrownBy(() -> NotesName.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(reason);
  }
}
