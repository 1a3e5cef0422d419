package io.github.coexist.notesini;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.Golden;
import java.nio.charset.Charset;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Merges into sample files, compared byte for byte with {@code merge/<case>.merged.ini}, with the
 * dry-run summary ({@code .summary.txt}) and the findings ({@code .findings.txt}).
 */
class MergeGoldenTest {
  private static final NotesIniFormat WINDOWS_1252 =
      NotesIniFormat.of(Charset.forName("windows-1252"), LineBreak.CRLF);

  static Stream<Arguments> cases() {
    CoexistencePlan server = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    CoexistencePlan online = ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE);
    NotesIniFormat ascii = NotesIniFormat.standard();
    return Stream.of(
        Arguments.of("openntf-ci-setup", "samples/openntf-ci-setup.ini", server, ascii),
        Arguments.of("openntf-ci-env", "samples/openntf-ci-env.ini", ScenarioPlans.full(), ascii),
        Arguments.of("windows-crlf", "merge/windows-crlf.ini", server, ascii),
        Arguments.of("linux-lf", "merge/linux-lf.ini", online, ascii),
        Arguments.of("servertasks-spaced", "merge/servertasks-spaced.ini", server, ascii),
        Arguments.of("btcal-other-casing", "merge/btcal-other-casing.ini", server, ascii),
        Arguments.of("duplicate-keys", "merge/duplicate-keys.ini", server, ascii),
        Arguments.of("no-final-line-break", "merge/no-final-line-break.ini", server, ascii),
        Arguments.of("non-ascii", "merge/non-ascii.ini", ScenarioPlans.fullGerman(), WINDOWS_1252),
        Arguments.of("quirks", "merge/quirks.ini", ScenarioPlans.full(), ascii),
        Arguments.of("empty", "merge/empty.ini", server, ascii));
  }

  private static MergeResult merge(String input, CoexistencePlan plan, NotesIniFormat format) {
    NotesIniChanges changes =
        NotesIniEmitter.builder().format(format).build().emit(Judge.validate(plan));
    return changes.mergeInto(NotesIniDocument.parse(Golden.readResource(input)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mergedFile(String name, String input, CoexistencePlan plan, NotesIniFormat format) {
    Golden.assertResource("merge/" + name + ".merged.ini", merge(input, plan, format).bytes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void dryRunSummary(String name, String input, CoexistencePlan plan, NotesIniFormat format) {
    Golden.assertResource("merge/" + name + ".summary.txt", merge(input, plan, format).summary());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findings(String name, String input, CoexistencePlan plan, NotesIniFormat format) {
    String findings =
        merge(input, plan, format).findings().stream()
            .map(f -> f.format("notes.ini") + "\n")
            .collect(Collectors.joining());

    Golden.assertResource("merge/" + name + ".findings.txt", findings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mergingTheMergedFileAgainChangesNothing(
      String name, String input, CoexistencePlan plan, NotesIniFormat format) {
    MergeResult once = merge(input, plan, format);

    MergeResult twice =
        NotesIniEmitter.builder()
            .format(format)
            .build()
            .emit(Judge.validate(plan))
            .mergeInto(once.document());

    assertThat(twice.bytes()).isEqualTo(once.bytes());
    assertThat(twice.changed()).isFalse();
    assertThat(twice.changes()).allMatch(c -> c.action() == IniChange.Action.KEEP);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theMergedFileEndsWithALineBreakInTheFilesStyle(
      String name, String input, CoexistencePlan plan, NotesIniFormat format) {
    NotesIniDocument original = NotesIniDocument.parse(Golden.readResource(input));
    NotesIniDocument merged = merge(input, plan, format).document();

    assertThat(merged.endsWithLineBreak()).isTrue();
    assertThat(merged.lines().get(merged.lines().size() - 1).lineBreak())
        .isEqualTo(original.lineBreakStyle().orElse(format.lineBreak()));
  }
}
