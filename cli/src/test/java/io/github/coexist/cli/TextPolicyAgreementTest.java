package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.domino.DominoDirectoryEmitter;
import io.github.coexist.notesini.ConsoleCommandsEmitter;
import io.github.coexist.notesini.NotesIniChanges;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.planio.PlanFileException;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.RollbackEmitter;
import io.github.coexist.runbook.RunbookEmitter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.TypeConversionException;

/**
 * One text policy (issue 19, point 4): for every free-text field of a plan, every layer that writes
 * it (PowerShell configuration and rollback scripts, notes.ini fragment and console commands,
 * Domino Directory documents, runbook, and for the fields {@code coexist init} takes, the CLI's
 * option check) accepts exactly what validation accepts, for every character of {@link
 * UnsafeText#invisible()}: each code point of each category (lone surrogates every 256th and both
 * ends), put inside the field's own value. For every other character (printable ASCII, the
 * PowerShell quotes, fixed-seed samples of the rest of Unicode) and fixed-seed random strings, what
 * validation accepts every layer writes; validation may refuse more there, for the field's own
 * syntax (a {@code /} in a Notes domain name, a {@code "} in a notes.ini value).
 *
 * <p>The plans name UTF-8 as their notes.ini charset ({@code domino.notesIniCharset}): which
 * characters the server's charset holds is a fact of the plan (rule COEX-DOM-041), not the text
 * policy.
 */
class TextPolicyAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  private static final long SEED = 19_004L;

  /** Put into each field to see which layers write it; no layer escapes or folds it. */
  private static final String MARKER = "qz7";

  private static final NotesIniEmitter NOTES_INI = NotesIniEmitter.standard();

  /**
   * One field of each type gets every code point of the policy, the other free-text fields a sample
   * of each category. The Domino and license fields are the same in both environments and are
   * covered in full with the Exchange Server plan.
   */
  private static final List<String> SERVER_REPRESENTATIVES =
      List.of(
          "sendConnectors[0].name", // an Exchange name or text (COEX-XOBJ-007), PowerShell
          "organization", // script comments and the runbook
          "domino.foreignDomain", // notes.ini, console, Domino Directory (COEX-DOM-011/040)
          "domino.foreignDomainMailbox", // the same, and a file name (COEX-DDIR-*)
          "coexistenceServers[0].name", // Domino Directory, a Domino name (COEX-DDIR-*)
          "domino.directory.notesDomain", // Domino Directory (COEX-DDIR-*)
          "license.serverPath", // the console's install command (COEX-LIC-040)
          "license.licensee"); // the runbook only

  private static final List<String> ONLINE_REPRESENTATIVES =
      List.of(
          "outboundConnectors[0].name", // an Exchange Online name (COEX-XOBJ-007)
          "connection.appId"); // Connect-ExchangeOnline (COEX-TEXT-001)

  /** The fields {@code coexist init} takes as free text, and its option converter. */
  private static final Map<String, Consumer<String>> CLI_OPTIONS =
      Map.of(
          "organization",
          new OptionValues.NameValue()::convert,
          "transportServers[0]",
          new OptionValues.NameValue()::convert,
          "domino.foreignDomain",
          new OptionValues.NameValue()::convert,
          "domino.foreignDomainMailbox",
          new OptionValues.NameValue()::convert,
          "domino.directory.notesDomain",
          new OptionValues.NameValue()::convert,
          "coexistenceServers[0].name",
          name -> new OptionValues.ServerValue().convert(name + "=10.9.9.9"));

  private static CoexistencePlan utf8(CoexistencePlan plan) {
    return CoexistencePlan.builder()
        .from(plan)
        .domino(
            io.github.coexist.core.model.DominoSettings.builder()
                .from(plan.domino().orElseThrow())
                .notesIniCharset(io.github.coexist.core.model.NotesIniCharset.UTF_8)
                .build())
        .build();
  }

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of(
            "exchange-server",
            utf8(ValidationEmissionAgreementTest.rich(Environment.EXCHANGE_SERVER)),
            SERVER_REPRESENTATIVES),
        Arguments.of(
            "exchange-online",
            utf8(ValidationEmissionAgreementTest.rich(Environment.EXCHANGE_ONLINE)),
            ONLINE_REPRESENTATIVES));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void everyLayerAcceptsExactlyWhatValidationAccepts(
      String name, CoexistencePlan base, List<String> representatives) throws Exception {
    ObjectNode tree = (ObjectNode) JSON.readTree(PlanWriter.write(base, PlanFormat.JSON));
    List<String> leaves = new ArrayList<>();
    ValidationEmissionAgreementTest.collect(tree, "", leaves);
    leaves.removeIf(leaf -> !ValidationEmissionAgreementTest.at(tree, leaf).isTextual());
    List<Integer> unsafe = unsafeCodePoints(Integer.MAX_VALUE);
    List<Integer> unsafeSample = unsafeCodePoints(3);
    List<Integer> other = otherCodePoints();
    List<String> disagreements = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> unwritten = new ArrayList<>();
    List<String> checkedFields = new ArrayList<>();
    int checks = 0;
    for (String leaf : leaves) {
      String original = ValidationEmissionAgreementTest.at(tree, leaf).asText();
      Verdict plain = verdict(tree, leaf, insert(original, MARKER));
      if (plain == null || !plain.validationAccepts() || !plain.layersAccept()) {
        skipped.add(leaf); // not free text, or a value whose own rules refuse any change
        continue;
      }
      checkedFields.add(leaf);
      boolean written = plain.output().contains(MARKER);
      if (!written) {
        unwritten.add(leaf); // no layer writes it: nothing for a layer to refuse
      }
      boolean representative = representatives.contains(leaf);
      Random random = new Random(SEED + leaf.hashCode());
      List<String> texts = new ArrayList<>();
      for (int cp : representative ? unsafe : unsafeSample) {
        texts.add(Character.toString(cp));
      }
      for (int k = 0; k < other.size(); k += representative ? 1 : 6) {
        texts.add(Character.toString(other.get(k)));
      }
      for (int i = 0; i < (representative ? 30 : 5); i++) {
        texts.add(randomText(random, unsafe, other));
      }
      for (String inserted : texts) {
        checks++;
        String text = insert(original, inserted);
        Verdict v = verdict(tree, leaf, text);
        if (v == null) {
          continue; // the plan reader refuses it (YAML/JSON cannot carry it): nothing to emit
        }
        boolean policy = UnsafeText.invisible().matchesAnyOf(inserted);
        String shown = leaf + " with " + escape(inserted);
        if (v.validationAccepts() && !v.layersAccept()) {
          disagreements.add(shown + ": validation accepts, a layer refuses: " + v.refusal());
        } else if (policy && written && !v.validationAccepts() && v.layersAccept()) {
          disagreements.add(shown + ": validation refuses, every layer writes it");
        } else if (!v.validationAccepts() && !v.errorAtLeaf()) {
          disagreements.add(shown + ": validation refuses, but not at " + leaf);
        }
        Consumer<String> option = CLI_OPTIONS.get(leaf);
        if (option != null) {
          // Outside the policy an option's own syntax may refuse more (',' ends a server name).
          boolean cliAccepts = accepts(option, text);
          if (policy && cliAccepts != v.validationAccepts()) {
            disagreements.add(
                shown
                    + ": the CLI option "
                    + (cliAccepts ? "takes" : "refuses")
                    + " it, validation"
                    + (v.validationAccepts() ? " accepts it" : " refuses it"));
          }
        }
      }
    }
    System.out.printf(
        "%s: %d free-text fields checked (%d with every code point of the policy), %d texts,"
            + " %d disagreements; written by no layer: %s;"
            + " not free text: %s%n",
        name,
        checkedFields.size(),
        representatives.stream().filter(checkedFields::contains).count(),
        checks,
        disagreements.size(),
        unwritten,
        skipped);
    assertThat(disagreements).isEmpty();
    // Every representative is free text that a layer writes: the checks above can fail.
    assertThat(checkedFields).containsAll(representatives);
    assertThat(unwritten).doesNotContainAnyElementsOf(representatives);
  }

  /** What validation and the layers say about {@code text} at {@code leaf}; null: unreadable. */
  private static Verdict verdict(ObjectNode tree, String leaf, String text) {
    ObjectNode mutated = tree.deepCopy();
    ValidationEmissionAgreementTest.set(mutated, leaf, TextNode.valueOf(text));
    CoexistencePlan plan;
    try {
      plan = PlanReader.standard().read(mutated.toString(), "plan.json");
    } catch (PlanFileException refusedByTheReader) {
      return null;
    }
    // One run with every rule as a warning: the emitters need a ValidatedPlan of any plan, and a
    // finding is an error of validation when its rule is an ERROR in the standard rule set.
    ValidatedPlan valid = PERMISSIVE.validate(plan, ValidationContext.on(DAY)).requireValid();
    boolean accepts = true;
    boolean atLeaf = false;
    for (Diagnostic d : valid.report().diagnostics()) {
      if (STANDARD.rule(d.ruleId()).map(STANDARD::severityOf).orElse(Severity.ERROR)
          == Severity.ERROR) {
        accepts = false;
        atLeaf |= d.path().equals(leaf) || leaf.startsWith(d.path() + ".");
      }
    }
    StringBuilder output = new StringBuilder();
    Optional<String> refusal = emitAll(valid, output);
    return new Verdict(accepts, atLeaf, refusal.isEmpty(), refusal.orElse(""), output.toString());
  }

  private record Verdict(
      boolean validationAccepts,
      boolean errorAtLeaf,
      boolean layersAccept,
      String refusal,
      String output) {}

  private static final RuleSet STANDARD = RuleSet.standard();
  private static final PlanValidator PERMISSIVE = ValidationEmissionAgreementTest.PERMISSIVE;

  /** Every layer that writes plan text, into {@code out}; the first refusal's message, if any. */
  private static Optional<String> emitAll(ValidatedPlan valid, StringBuilder out) {
    try {
      out.append(PowerShellEmitter.standard().emit(valid).text());
      out.append(RollbackEmitter.standard().emit(valid).text());
      NotesIniChanges changes = NOTES_INI.emit(valid);
      out.append(new String(changes.bytes(), StandardCharsets.UTF_8));
      out.append(ConsoleCommandsEmitter.builder().notesIni(NOTES_INI).build().emit(valid).text());
      out.append(DominoDirectoryEmitter.standard().emit(valid));
      out.append(RunbookEmitter.standard().emit(valid).text());
      return Optional.empty();
    } catch (IllegalArgumentException refused) {
      return Optional.of(refused.getMessage());
    }
  }

  private static boolean accepts(Consumer<String> option, String text) {
    try {
      option.accept(text);
      return true;
    } catch (TypeConversionException refused) {
      return false;
    }
  }

  /**
   * Every code point of {@link UnsafeText#invisible()} (lone surrogates every 256th and both ends),
   * or at most {@code perCategory} of each category: first, last and middle.
   */
  static List<Integer> unsafeCodePoints(int perCategory) {
    List<UnsafeText> categories =
        List.of(
            UnsafeText.controls(),
            UnsafeText.lineSeparators(),
            UnsafeText.format(),
            UnsafeText.loneSurrogates(),
            UnsafeText.nonAsciiSpaces(),
            UnsafeText.blankLookalikes());
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (UnsafeText category : categories) {
      List<Integer> members = new ArrayList<>();
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        if (category.matches(cp)
            && (!UnsafeText.loneSurrogates().matches(cp)
                || cp % 256 == 0
                || cp == 0xDBFF
                || cp == 0xDC00
                || cp == 0xDFFF)) {
          members.add(cp);
        }
      }
      if (members.size() <= perCategory) {
        out.addAll(members);
      } else {
        out.add(members.get(0));
        out.add(members.get(members.size() / 2));
        out.add(members.get(members.size() - 1));
      }
    }
    out.forEach(cp -> assertThat(UnsafeText.invisible().matches(cp)).isTrue());
    return new ArrayList<>(out);
  }

  /** Printable ASCII, the PowerShell quotes, and a fixed-seed sample of the rest of Unicode. */
  static List<Integer> otherCodePoints() {
    List<Integer> out = new ArrayList<>();
    for (int cp = 0x20; cp < 0x7F; cp++) {
      out.add(cp);
    }
    for (int cp = 0x2018; cp <= 0x201E; cp++) {
      out.add(cp);
    }
    out.addAll(List.of(0xE9, 0xC2, 0x4E2D, 0x0627, 0x1F600, 0x212A, 0xFF10));
    Random random = new Random(SEED);
    while (out.size() < 120) {
      int cp = random.nextInt(Character.MAX_CODE_POINT + 1);
      if (Character.isDefined(cp) && !UnsafeText.invisible().matches(cp)) {
        out.add(cp);
      }
    }
    return out;
  }

  private static String randomText(Random random, List<Integer> unsafe, List<Integer> other) {
    StringBuilder s = new StringBuilder();
    int length = 1 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      List<Integer> from = random.nextInt(4) == 0 ? unsafe : other;
      s.appendCodePoint(from.get(random.nextInt(from.size())));
    }
    return s.toString();
  }

  /** {@code inserted} in the middle of {@code original}, so both ends keep their characters. */
  private static String insert(String original, String inserted) {
    int middle = original.offsetByCodePoints(0, original.codePointCount(0, original.length()) / 2);
    return original.substring(0, middle) + inserted + original.substring(middle);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.append(UnsafeText.codePoint(cp)).append(' '));
    return out.toString().trim();
  }
}
