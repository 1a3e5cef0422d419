package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableSortedMap;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.domino.DominoDirectoryEmitter;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.planio.PlanFileException;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.RollbackEmitter;
import io.github.coexist.runbook.RunbookEmitter;
import io.github.coexist.testplans.ScenarioPlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation and emission agree (issue 22, point 7): for every text and number a plan file holds,
 * replaced by hostile values, a plan that {@code validate} passes is written by every emitter
 * (configuration and rollback scripts, notes.ini fragment and console commands, Domino Directory
 * documents, runbook), and a plan an emitter refuses has a validation ERROR at the changed path.
 */
class ValidationEmissionAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  private static final long SEED = 22_007L;

  private static int readerRefusals;
  private static int emitterRefusals;

  /** Hostile texts: control characters, NUL, line breaks, invisible and RTL characters, ... */
  private static final List<String> TEXTS =
      List.of(
          "a\u0000b",
          "a\nb",
          "a\rb",
          "a\tb",
          "a\u0007b",
          "a\u001bb",
          "a\u007fb",
          "a\u0085b",
          "a\u202eb",
          "a\u200bb",
          "a\u2028b",
          "a\ufeffb",
          "Z\u00fcrich",
          "\u0645\u0631\u062d\u0628\u0627",
          "a'b",
          "a\u2019b",
          "a`b$(calc)",
          "a\"b",
          "a;b",
          "a=b",
          " a",
          "a ",
          "",
          "a\u00a0b",
          "\ud83d\ude00");

  private static final List<Long> NUMBERS =
      List.of(-1L, -65536L, 0L, 65536L, 2147483648L, Long.MIN_VALUE);

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("exchange-server", rich(Environment.EXCHANGE_SERVER)),
        Arguments.of("exchange-online", rich(Environment.EXCHANGE_ONLINE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void validationPassesExactlyWhatEveryEmitterWrites(String name, CoexistencePlan base)
      throws Exception {
    ObjectNode tree = (ObjectNode) JSON.readTree(PlanWriter.write(base, PlanFormat.JSON));
    List<String> leaves = new ArrayList<>();
    collect(tree, "", leaves);
    Random random = new Random(SEED);
    List<String> disagreements = new ArrayList<>();
    int tried = 0;
    for (String leaf : leaves) {
      JsonNode original = at(tree, leaf);
      List<JsonNode> values = new ArrayList<>();
      if (original.isTextual()) {
        TEXTS.forEach(t -> values.add(TextNode.valueOf(t)));
        // and one random hostile text, from the fixed seed
        values.add(TextNode.valueOf(original.asText() + TEXTS.get(random.nextInt(TEXTS.size()))));
      } else if (original.isNumber()) {
        NUMBERS.forEach(n -> values.add(JSON.getNodeFactory().numberNode(n)));
      } else {
        continue;
      }
      for (JsonNode value : values) {
        tried++;
        ObjectNode mutated = tree.deepCopy();
        set(mutated, leaf, value);
        check(leaf, value, mutated).ifPresent(disagreements::add);
      }
    }
    for (String connector : List.of("sendConnectors[0]", "receiveConnectors[0]")) {
      for (String usageSwitch : List.of("custom", "internal", "internet", "partner", "client")) {
        tried++;
        ObjectNode mutated = tree.deepCopy();
        JsonNode object = at(mutated, connector);
        if (object == null || !object.has("usage")) {
          continue;
        }
        ((ObjectNode) object).set(usageSwitch, BooleanNode.TRUE);
        check(connector + "." + usageSwitch, BooleanNode.TRUE, mutated)
            .ifPresent(disagreements::add);
      }
    }
    System.out.printf(
        "%s: %d fields, %d values tried, %d refused by the reader, %d by an emitter, %d"
            + " disagreements%n",
        name, leaves.size(), tried, readerRefusals, emitterRefusals, disagreements.size());
    readerRefusals = 0;
    emitterRefusals = 0;
    assertThat(disagreements).isEmpty();
  }

  private static Optional<String> check(String leaf, JsonNode value, ObjectNode mutated) {
    CoexistencePlan plan;
    try {
      plan = PlanReader.standard().read(mutated.toString(), "plan.json");
    } catch (PlanFileException refusedByTheReader) {
      readerRefusals++;
      return Optional.empty();
    }
    ValidationReport report =
        PlanValidator.withDiscoveredRules().validate(plan, ValidationContext.on(DAY));
    Optional<String> refusal = emitAll(plan);
    refusal.ifPresent(r -> emitterRefusals++);
    String shown = leaf + " = " + value;
    if (report.hasErrors()) {
      if (refusal.isPresent() && !hasErrorAt(report, leaf, refusal.get())) {
        return Optional.of(
            shown + ": emitters refuse (" + refusal.get() + ") but no ERROR at " + leaf);
      }
      return Optional.empty();
    }
    return refusal.map(r -> shown + ": validate passes, an emitter refuses: " + r);
  }

  /** An ERROR at the changed path (or an enclosing one), or at the path the emitter names. */
  private static boolean hasErrorAt(ValidationReport report, String leaf, String refusal) {
    for (Diagnostic d : report.withSeverity(Severity.ERROR)) {
      if (d.path().equals(leaf)
          || leaf.startsWith(d.path() + ".")
          || leaf.startsWith(d.path() + "[")
          || refusal.startsWith(d.path() + ":")
          || refusal.contains("(" + d.path() + ")")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every rule as a warning: the emitters see every plan, also those the real rules refuse, so a
   * refusal can be matched with the real rules' errors.
   */
  static final PlanValidator PERMISSIVE = permissive();

  private static PlanValidator permissive() {
    RuleSet rules = RuleSet.standard();
    for (var rule : rules.rules()) {
      rules = rules.withSeverity(rule.id(), Severity.WARNING);
    }
    return PlanValidator.of(rules);
  }

  /** Runs every emitter; the first refusal's message, if any. */
  private static Optional<String> emitAll(CoexistencePlan plan) {
    var report = PERMISSIVE.validate(plan, ValidationContext.on(DAY));
    assertThat(report.hasErrors()).as("%s", report).isFalse();
    var valid = report.validatedPlan().orElseThrow();
    try {
      PowerShellEmitter.standard().emit(valid).text();
      RollbackEmitter.standard().emit(valid).text();
      NotesIniEmitter.standard().emit(valid);
      DominoDirectoryEmitter.standard().emit(valid);
      RunbookEmitter.standard().emit(valid).text();
      return Optional.empty();
    } catch (IllegalArgumentException refused) {
      return Optional.of(refused.getMessage());
    }
  }

  static void collect(JsonNode node, String path, List<String> leaves) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (path.isEmpty() && field.getKey().equals("formatVersion")) {
          continue;
        }
        collect(
            field.getValue(),
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", leaves);
      }
    } else if (node.isTextual() || node.isNumber()) {
      leaves.add(path);
    }
  }

  static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String step : steps(path)) {
      node =
          step.startsWith("[")
              ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
              : node.get(step);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  static void set(JsonNode root, String path, JsonNode value) {
    List<String> steps = steps(path);
    JsonNode parent = root;
    for (String step : steps.subList(0, steps.size() - 1)) {
      parent =
          step.startsWith("[")
              ? parent.get(Integer.parseInt(step.substring(1, step.length() - 1)))
              : parent.get(step);
    }
    String last = steps.get(steps.size() - 1);
    if (last.startsWith("[")) {
      ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }

  static List<String> steps(String path) {
    List<String> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      int bracket = part.indexOf('[');
      if (bracket < 0) {
        steps.add(part);
        continue;
      }
      if (bracket > 0) {
        steps.add(part.substring(0, bracket));
      }
      for (String index : part.substring(bracket).split("(?=\\[)", -1)) {
        steps.add(index);
      }
    }
    return steps;
  }

  /** The example plan with every optional text a hostile user can reach. */
  static CoexistencePlan rich(Environment environment) {
    CoexistencePlan plan = ScenarioPlans.recommended(environment);
    Connection connection =
        environment == Environment.EXCHANGE_ONLINE
            ? Connection.builder()
                .appId("00000000-0000-0000-0000-000000000001")
                .certificateThumbprint("0123456789ABCDEF0123456789ABCDEF01234567")
                .build()
            : Connection.builder().userPrincipalName("admin@contoso.com").build();
    DominoSettings domino =
        DominoSettings.builder()
            .from(plan.domino().orElseThrow())
            .delay("5")
            .processDomain("ACME")
            .idsDir("ids")
            .build();
    LicenseFacts license =
        LicenseFacts.builder()
            .from(ScenarioPlans.license(LicenseType.STANDARD, "C:\\Lotus\\Domino\\Data\\btcal.lic"))
            .features(ImmutableSortedMap.of("seats", "100"))
            .build();
    return CoexistencePlan.builder()
        .from(plan)
        .organization("Contoso")
        .connection(connection)
        .domino(domino)
        .license(license)
        .build();
  }
}
