package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.license.LicenseProblem.Reason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every single-byte change of a signed license is rejected: malformed or tampered, never valid. */
class TamperTest {
  private static final LicenseSigningKey KEY = Fixtures.key(1);
  private static final LicenseVerifier VERIFIER = LicenseVerifier.trusting(KEY.publicKey());

  static Stream<Arguments> changes() {
    List<Arguments> changes = new ArrayList<>();
    Map<String, License> licenses =
        Map.of(
            "standard-zapp",
            Fixtures.standard(),
            "trial with non-ASCII licensee",
            License.builder()
                .from(Fixtures.trial())
                .licensee("Müller & Søn GmbH – Zürich")
                .putFeature("note", "café ☕")
                .build());
    Map<String, IntUnaryOperator> replacements = new java.util.LinkedHashMap<>();
    replacements.put("low bit flipped", b -> b ^ 0x01);
    replacements.put("case bit flipped", b -> b ^ 0x20);
    replacements.put("high bit flipped", b -> b ^ 0x80);
    replacements.put("'0'", b -> '0');
    replacements.put("'a'", b -> 'a');
    replacements.put("space", b -> ' ');
    replacements.put("line feed", b -> '\n');
    replacements.put("NUL", b -> 0);
    replacements.put("0xFF", b -> 0xFF);
    licenses.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            license ->
                replacements.forEach(
                    (name, replacement) ->
                        changes.add(
                            Arguments.of(
                                license.getKey(), license.getValue(), name, replacement))));
    return changes.stream();
  }

  @ParameterizedTest(name = "{0}, every byte: {2}")
  @MethodSource("changes")
  void everySingleByteChangeIsRejected(
      String name, License license, String replacementName, IntUnaryOperator replacement) {
    byte[] original = Fixtures.utf8(Fixtures.issue(license, KEY));
    assertThat(read(original).isAccepted()).as("the unchanged license").isTrue();
    int versionDigit =
        new String(original, java.nio.charset.StandardCharsets.UTF_8).indexOf("coexist-license/1")
            + "coexist-license/".length();

    Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
    List<String> wrong = new ArrayList<>();
    int changed = 0;
    for (int i = 0; i < original.length; i++) {
      byte value = (byte) replacement.applyAsInt(original[i] & 0xFF);
      if (value == original[i]) {
        continue;
      }
      byte[] mutated = original.clone();
      mutated[i] = value;
      changed++;
      Outcome<License> outcome = read(mutated);
      if (outcome.isAccepted()) {
        wrong.add("byte " + i + " accepted");
        continue;
      }
      Reason reason = outcome.problem().reason();
      reasons.merge(reason, 1, Integer::sum);
      boolean expected =
          reason == Reason.MALFORMED
              || reason == Reason.TAMPERED
              // Changing the version digit asks for another version: rejected, for that reason.
              || (reason == Reason.UNSUPPORTED_VERSION && i == versionDigit);
      if (!expected) {
        wrong.add("byte " + i + ": " + outcome.problem().message());
      }
    }

    assertThat(wrong).isEmpty();
    assertThat(changed).isGreaterThan(original.length / 2);
    assertThat(reasons.getOrDefault(Reason.MALFORMED, 0) + reasons.getOrDefault(Reason.TAMPERED, 0))
        .isGreaterThanOrEqualTo(changed - 1);
  }

  private static Outcome<License> read(byte[] file) {
    return LicenseParser.parse(file).flatMap(VERIFIER::verify);
  }
}
