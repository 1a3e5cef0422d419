package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a plan file says is what is read (issue 22, finding 8): numbers only in plain decimal, no
 * YAML tags, enumeration names matched ignoring ASCII case only, and no value that only looks like
 * one, each refused with the field's path.
 */
class LenientInputTest {
  private static final String HEAD =
      """
      formatVersion: 1
      environment: exchange-server
      domains: {primary: c.com, dominoRouting: d.c.com, exchangeRouting: e.c.com}
      """;

  private static String error(String yaml) {
    try {
      PlanReader.standard().read(yaml, "plan.yaml");
    } catch (PlanFileException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.getMessage();
    }
    throw new AssertionError("read: " + yaml);
  }

  /** YAML 1.1 octal, hex, binary, underscores, sexagesimal, leading zeros. */
  @ParameterizedTest
  @ValueSource(strings = {"031", "0o31", "0x19", "0b11001", "25_", "1_0_0", "0:25", "00", "+0x1"})
  void aNumberIsPlainDecimal(String number) {
    assertThat(error(HEAD + "receiveConnectors:\n  - name: r\n    maxHopCount: " + number + "\n"))
        .startsWith("plan.yaml:6:18: receiveConnectors[0].maxHopCount: expected a whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!str 25", "!!int 25", "!custom 25", "!!binary aGk="})
  void aTaggedValueIsRefused(String tagged) {
    assertThat(error(HEAD + "receiveConnectors:\n  - name: r\n    maxHopCount: " + tagged + "\n"))
        .startsWith("plan.yaml:6:18: YAML tags (")
        .endsWith(") are not supported: write a plain value");
  }

  /** Letters whose Unicode case mapping is an ASCII letter, and padded names. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "exchange-\u017Fervice", // ſ (long s) upper-cases to S
        "exchange-\u017Ferver",
        "\u0131nternalLegacy", // dotless ı upper-cases to I
        "\"exchange-server \"",
        "\"exchange-server\u00A0\"",
        "\"\u212Aelvin\"" // the Kelvin sign lower-cases to k
      })
  void anEnumerationLookalikeIsRefused(String value) {
    assertThatThrownBy(
            () -> PlanReader.standard().read(HEAD.replace("exchange-server", value), "plan.yaml"))
        .isInstanceOf(PlanFileException.class)
        .hasMessageContaining("environment: expected one of");
  }
}
