package io.github.coexist.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MermaidTextTest {
  static Stream<String> hostile() {
    return HostileText.samples(300);
  }

  @Test
  void writesEntitiesForEverythingOutsideTheSafeSet() {
    assertThat(MermaidText.label("Send connector \"A\" [#1];"))
        .isEqualTo("Send connector #34;A#34; #91;#35;1#93;#59;");
  }

  @Test
  void replacesLineBreaksAndHiddenCharacters() {
    assertThat(MermaidText.label("a\nb\u200Fc")).isEqualTo("a#65533;b#65533;c");
  }

  @Test
  void keepsDomainsAndAddressesReadable() {
    assertThat(MermaidText.label("to domino.contoso.com, 10.1.1.1"))
        .isEqualTo("to domino.contoso.com, 10.1.1.1");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void labelsHoldOnlySafeCharactersAndEntities(String text) {
    String label = MermaidText.label(text);

    assertThat(label.replaceAll("#[0-9]+;", "")).matches("[A-Za-z0-9 .,:/@_()-]*");
  }
}
