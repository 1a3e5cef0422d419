package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples in docs/license-format.md are real: they parse, verify and say what the text says.
 */
class DocsExampleTest {
  private static final Path DOC = Path.of("..", "docs", "license-format.md");

  @Test
  void theExampleLicenseVerifiesWithTheExamplePublicKey() throws Exception {
    String doc = Files.readString(DOC);
    LicensePublicKey key = LicensePublicKey.fromText(block(doc, "example-public-key"));

    Outcome<License> license =
        LicenseParser.parse(block(doc, "example-license"))
            .flatMap(LicenseVerifier.trusting(key)::verify);

    assertThat(license.value()).isEqualTo(Fixtures.standard());
  }

  @Test
  void theExampleIsWhatTheIssuerWrites() throws IOException {
    String doc = Files.readString(DOC);

    assertThat(block(doc, "example-license"))
        .isEqualTo(Fixtures.issue(Fixtures.standard(), Fixtures.key(1)));
  }

  @Test
  void theWarningExamplesAreWhatTheLibraryWrites() throws IOException {
    String doc = Files.readString(DOC);
    LocalDate day = LocalDate.of(2026, 12, 16);
    ExpiryWarning warning =
        new LicenseEvaluator(
                Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC),
                ZoneOffset.UTC)
            .evaluate(Fixtures.standard())
            .warningDue()
            .orElseThrow();
    WarningEmail email = warning.email();

    assertThat(doc).contains("```text\n" + warning.consoleLine() + "\n```\n");
    assertThat(doc)
        .contains(
            "```text\nTo:      "
                + email.to()
                + "\nSubject: "
                + email.subject()
                + "\n\n"
                + email.body()
                + "```\n");
  }

  @Test
  void everyKeyIdInTheDocumentHasItsCheckDigitRight() throws IOException {
    Matcher ids = Pattern.compile("\\b[0-9a-f]{16}-[0-9a-f]\\b").matcher(Files.readString(DOC));
    List<String> found = new ArrayList<>();
    while (ids.find()) {
      found.add(ids.group());
      assertThat(KeyId.flaw(ids.group())).as(ids.group()).isEmpty();
    }
    assertThat(found).hasSizeGreaterThan(3);
  }

  /** The fenced block after {@code <!-- name -->}, with its final line feed. */
  private static String block(String doc, String name) {
    int marker = doc.indexOf("<!-- " + name + " -->");
    assertThat(marker).as(name).isNotNegative();
    int start = doc.indexOf('\n', doc.indexOf("```", marker)) + 1;
    int end = doc.indexOf("```", start);
    return doc.substring(start, end);
  }
}
