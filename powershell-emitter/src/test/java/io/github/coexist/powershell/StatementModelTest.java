package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.powershell.PsTokenizer.Token;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.PlanGenerator;
import io.github.coexist.testplans.ScenarioPlans;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8's guarantees, proved on the statement model of the recommended plans and of generated
 * plans (fixed seeds): every change is guarded by its lookup and by ShouldProcess, absence is never
 * detected by swallowing an error, the rollback removes in reverse creation order, and every
 * statement is traced to its plan path.
 */
class StatementModelTest {
  private static final Set<String> CHANGING = Set.of("New", "Set", "Remove", "Update");

  static Stream<Arguments> plans() {
    return PlanGenerator.validPlans(25).entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  /** A statement with the conditions around it, outermost first. */
  record Placed(Statement statement, List<Condition> conditions) {}

  static List<Placed> placed(PowerShellScript script) {
    List<Placed> all = new ArrayList<>();
    walk(script.statements(), new ArrayDeque<>(), all);
    return all;
  }

  private static void walk(List<Statement> statements, Deque<Condition> around, List<Placed> into) {
    for (Statement s : statements) {
      into.add(new Placed(s, List.copyOf(around)));
      if (s instanceof Statement.If branch) {
        around.addLast(branch.condition());
        walk(branch.then(), around, into);
        around.removeLast();
        // The else branch runs when the condition is false: record it as the negation.
        around.addLast(negate(branch.condition()));
        walk(branch.otherwise(), around, into);
        around.removeLast();
      } else if (s instanceof Statement.TryFinally block) {
        walk(block.body(), around, into);
        walk(block.cleanup(), around, into);
      } else if (s instanceof Statement.Block block) {
        walk(block.body(), around, into);
      }
    }
  }

  private static Condition negate(Condition c) {
    if (c instanceof Condition.Absent a) {
      return new Condition.Present(a.variable());
    }
    if (c instanceof Condition.Present p) {
      return new Condition.Absent(p.variable());
    }
    return new Condition.Given("otherwise");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void everyChangeIsGuardedByItsLookupAndByShouldProcess(String name, ValidatedPlan plan) {
    for (PowerShellScript script :
        List.of(PowerShellEmitter.standard().emit(plan), RollbackEmitter.standard().emit(plan))) {
      Map<String, String> lookupOf = new HashMap<>();
      int changes = 0;
      for (Placed p : placed(script)) {
        if (p.statement() instanceof Statement.Lookup lookup) {
          lookupOf.put(lookup.trace().source(), lookup.variable());
        }
        if (!(p.statement() instanceof Statement.Invoke invoke)
            || !CHANGING.contains(invoke.call().verb())
            || !invoke.trace().source().matches("[a-zA-Z]+\\[[0-9]+\\]")) {
          // The frame (Set-StrictMode) changes no Exchange object.
          continue;
        }
        changes++;
        String source = invoke.trace().source();
        String variable = lookupOf.get(source);
        assertThat(variable).as("%s looked up before %s", source, invoke.call().name()).isNotNull();
        String verb = invoke.call().verb();
        Condition expected = verb.equals("Remove") ? new Condition.Present(variable) : null;
        if (verb.equals("New")) {
          expected = new Condition.Absent(variable);
        }
        if (expected != null) {
          assertThat(p.conditions()).as(invoke.call().name()).contains(expected);
        } else {
          assertThat(p.conditions())
              .as(invoke.call().name())
              .containsAnyOf(new Condition.Absent(variable), new Condition.Present(variable));
        }
        assertThat(p.conditions())
            .as("%s under ShouldProcess", invoke.call().name())
            .anySatisfy(
                c -> {
                  assertThat(c).isInstanceOf(Condition.ShouldProcess.class);
                  assertThat(((Condition.ShouldProcess) c).target().value())
                      .startsWith(source + " ");
                });
        assertThat(invoke.call().parameter("Confirm"))
            .as("the guard asked already")
            .contains(Parameter.switchValue("Confirm", PsValue.bool(false)));
      }
      if (script.kind() == ScriptKind.APPLY) {
        assertThat(changes).isPositive();
      } else {
        // The rollback changes nothing outside a journal check (issue 17, point 5).
        assertThat(changes).isZero();
        assertThat(script.allStatements())
            .anyMatch(st -> st instanceof Statement.RemoveCreated)
            .anyMatch(st -> st instanceof Statement.RestoreChanged);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void noStatementDetectsAbsenceBySwallowingErrors(String name, ValidatedPlan plan) {
    for (PowerShellScript script :
        List.of(PowerShellEmitter.standard().emit(plan), RollbackEmitter.standard().emit(plan))) {
      for (CmdletCall call : script.calls()) {
        assertThat(call.parameterNames())
            .as(call.name())
            .doesNotContain("ErrorVariable", "WarningAction", "EA", "ea");
        boolean own = call.isPowerShellOwn() || ScriptFunction.named(call.name()).isPresent();
        // Issue 17, point 3: every Exchange cmdlet stops the run when it fails.
        assertThat(call.parameters().contains(CmdletCall.STOP))
            .as("%s has -ErrorAction Stop", call.name())
            .isEqualTo(!own);
      }
      Set<String> assigned = new java.util.HashSet<>();
      for (Placed p : placed(script)) {
        if (p.statement() instanceof Statement.Lookup lookup) {
          assigned.add(lookup.variable());
        }
        if (p.statement() instanceof Statement.If branch) {
          if (branch.condition() instanceof Condition.Absent a) {
            assertThat(assigned).as("absence from a lookup").contains(a.variable());
          }
          if (branch.condition() instanceof Condition.Present pr) {
            assertThat(assigned).as("presence from a lookup").contains(pr.variable());
          }
        }
      }
      String text = script.text();
      assertThat(text)
          .doesNotContainIgnoringCase("SilentlyContinue")
          .doesNotContainIgnoringCase("-ErrorAction Ignore")
          .doesNotContainIgnoringCase("-ErrorAction Continue")
          .contains("$ErrorActionPreference = 'Stop'")
          .contains("Set-StrictMode -Version Latest");
      // A catch only ever rethrows, with the object's plan path.
      String[] lines = text.split("\r\n", -1);
      int catches = 0;
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].strip().startsWith("} catch")) {
          catches++;
          assertThat(lines[i].strip()).isEqualTo("} catch {");
          assertThat(lines[i + 1].strip())
              .matches("throw \\('[a-zA-Z]+\\[[0-9]+\\]: ' \\+ \\$_\\.Exception\\.Message\\)");
          assertThat(lines[i + 2].strip()).isEqualTo("}");
        }
      }
      assertThat(catches).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void rollbackRemovesInReverseCreationOrder(String name, ValidatedPlan plan) {
    List<String> created = sources(PowerShellEmitter.standard().emit(plan), "New");
    List<String> removed = sources(RollbackEmitter.standard().emit(plan), "Remove");
    List<String> expected = new ArrayList<>(created);
    java.util.Collections.reverse(expected);
    expected.removeIf(s -> !removed.contains(s));
    assertThat(removed).isEqualTo(expected);
    assertThat(created).containsAll(removed);
  }

  @Test
  void rollbackKeepsWhatExistedBefore() {
    for (Environment environment : Environment.values()) {
      ValidatedPlan plan = Judge.validate(ScenarioPlans.recommended(environment));
      PowerShellScript rollback = RollbackEmitter.standard().emit(plan);
      List<String> removed = sources(rollback, "Remove");
      assertThat(removed).doesNotContain("acceptedDomains[0]");
      assertThat(rollback.allStatements())
          .contains(
              new Statement.Comment(
                  environment == Environment.EXCHANGE_ONLINE
                      ? "acceptedDomains[0]: never removed, the configuration script only checks it"
                      : "acceptedDomains[0]: never removed, the organisation's primary accepted"
                          + " domain existed before coexistence"));
      if (environment == Environment.EXCHANGE_ONLINE) {
        // E6: no Remove-AcceptedDomain in Exchange Online; settings the script changed on it are
        // set back from the journal.
        assertThat(rollback.calls())
            .filteredOn(c -> c.noun().equals("AcceptedDomain"))
            .extracting(CmdletCall::verb)
            .isNotEmpty()
            .containsOnly("Get", "Set");
      } else {
        assertThat(removed)
            .contains("acceptedDomains[1]", "receiveConnectors[0]", "receiveConnectors[1]");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void everyStatementIsTracedToItsPlanPath(String name, ValidatedPlan plan) {
    for (PowerShellScript script :
        List.of(PowerShellEmitter.standard().emit(plan), RollbackEmitter.standard().emit(plan))) {
      for (Statement s : script.allStatements()) {
        Trace trace = s.traceOrNull();
        if (trace == null) {
          assertThat(s).isInstanceOf(Statement.Comment.class);
          continue;
        }
        assertThat(trace.source()).matches("script|connection|environment|[a-zA-Z]+\\[[0-9]+\\]");
        assertThat(trace.step() == GuideStep.SCRIPT_SAFETY)
            .isEqualTo(trace.source().equals("script"));
        if (trace.step() == GuideStep.CHECK_RESULT) {
          assertThat(script.kind()).isEqualTo(ScriptKind.APPLY);
        }
      }
    }
  }

  /**
   * Issue 17, point 13: one trace comment per block, and still every statement of an object is
   * found by searching its plan path: each call the model traces to {@code receiveConnectors[1]} is
   * written inside a block under a comment naming {@code receiveConnectors[1]}, and every Exchange
   * call written there belongs to it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void searchingAPlanPathFindsEveryStatementOfItsObject(String name, ValidatedPlan plan) {
    for (PowerShellScript script :
        List.of(PowerShellEmitter.standard().emit(plan), RollbackEmitter.standard().emit(plan))) {
      String[] lines = script.text().split("\r\n", -1);
      Map<String, List<String>> written = new HashMap<>();
      int comments = 0;
      for (int i = 0; i < lines.length; i++) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("^( *)# ([a-zA-Z]+\\[[0-9]+\\]) \\| .+$")
                .matcher(lines[i]);
        if (!m.matches()) {
          continue;
        }
        comments++;
        String indent = m.group(1);
        assertThat(lines[i + 1]).isEqualTo(indent + "try {");
        int j = i + 2;
        while (!lines[j].equals(indent + "} catch {")) {
          assertThat(lines[j]).as("no trace comment inside a block").doesNotMatch(" *# .*\\| .*");
          if (lines[j].contains("-ErrorAction Stop")) {
            written.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(lines[j].strip());
          }
          j++;
        }
      }
      Map<String, List<String>> modelled = new HashMap<>();
      for (Statement s : script.allStatements()) {
        Trace trace = s.traceOrNull();
        if (trace == null || !trace.source().matches("[a-zA-Z]+\\[[0-9]+\\]")) {
          continue;
        }
        List<CmdletCall> calls = new ArrayList<>();
        if (s instanceof Statement.Invoke invoke) {
          calls.add(invoke.call());
        } else if (s instanceof Statement.RemoveCreated remove) {
          calls.add(remove.remove());
        }
        for (CmdletCall call : calls) {
          if (call.parameters().contains(CmdletCall.STOP)) {
            modelled
                .computeIfAbsent(trace.source(), k -> new ArrayList<>())
                .add(PowerShellRenderer.call(call));
          }
        }
      }
      assertThat(comments).isPositive();
      for (Map.Entry<String, List<String>> e : modelled.entrySet()) {
        assertThat(written.get(e.getKey()))
            .as("the calls of %s are under its comment", e.getKey())
            .containsAll(e.getValue());
      }
      for (Map.Entry<String, List<String>> e : written.entrySet()) {
        for (String line : e.getValue()) {
          if (line.startsWith("$") || line.contains(" @restore ")) {
            continue; // lookups and splatted restores: their Get-/Set- are the object's by shape
          }
          assertThat(modelled.get(e.getKey()))
              .as("%s belongs to %s", line, e.getKey())
              .contains(line);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void codeIsAsciiWithOneStatementPerLineAndNoPlaceholders(String name, ValidatedPlan plan) {
    for (PowerShellScript script :
        List.of(PowerShellEmitter.standard().emit(plan), RollbackEmitter.standard().emit(plan))) {
      for (String line : withoutFunctions(script.text())) {
        if (line.strip().startsWith("#")) {
          continue;
        }
        for (Token token : PsTokenizer.tokenize(line)) {
          if (token.type() == PsTokenizer.Type.QUOTED) {
            continue;
          }
          assertThat(token.text()).as(line).matches("\\p{ASCII}*").doesNotContain("<", ">");
          if (token.text().equals(";")) {
            // Only the wait loop's for (init; test; step) header has semicolons.
            assertThat(line.strip()).startsWith("for ($attempt = 1; $");
          }
          assertThat(token.type())
              .as(line)
              .isNotIn(PsTokenizer.Type.DOUBLE_QUOTED, PsTokenizer.Type.COMMENT);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void waitsFollowOnlyCreationsAndAreBounded(String name, ValidatedPlan plan) {
    for (Placed p : placed(PowerShellEmitter.standard().emit(plan))) {
      if (p.statement() instanceof Statement.WaitUntilVisible wait) {
        assertThat(p.conditions()).anyMatch(c -> c instanceof Condition.Absent);
        assertThat(p.conditions())
            .anyMatch(c -> c instanceof Condition.ShouldProcess s && s.action().startsWith("New-"));
        assertThat(wait.attempts() * wait.delaySeconds()).isBetween(1, 300);
      }
    }
  }

  @Test
  void exchangeOnlineConnectsWithTheModuleAndDisconnectsWhateverHappens() {
    PowerShellScript script =
        PowerShellEmitter.standard()
            .emit(
                Judge.validate(
                    RecommendedPlans.create(
                        RecommendedPlans.example(Environment.EXCHANGE_ONLINE))));
    assertThat(script.requirements()).contains("-Modules ExchangeOnlineManagement");
    assertThat(script.calls())
        .extracting(CmdletCall::name)
        .doesNotContain(
            "New-PSSession",
            "Import-PSSession",
            "Connect-MsolService",
            "New-AcceptedDomain",
            "Update-EmailAddressPolicy");
    List<Statement> all = script.allStatements();
    Statement.TryFinally connected =
        all.stream()
            .filter(
                s ->
                    s instanceof Statement.TryFinally t && t.trace().source().equals("environment"))
            .map(Statement.TryFinally.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(connected.cleanup())
        .containsExactly(
            new Statement.Invoke(
                connected.trace(),
                CmdletCall.exchange("Disconnect-ExchangeOnline", List.of(), true)));
    int connect =
        all.indexOf(
            all.stream()
                .filter(
                    s ->
                        s instanceof Statement.Invoke i
                            && i.call().name().equals("Connect-ExchangeOnline"))
                .findFirst()
                .orElseThrow());
    assertThat(all.indexOf(connected)).isEqualTo(connect + 1);
  }

  /**
   * The script's lines without the definitions of its functions (constant text of {@link
   * ScriptFunction}, checked by {@code ScriptFunctionTest}).
   */
  static List<String> withoutFunctions(String text) {
    List<String> out = new ArrayList<>();
    boolean inside = false;
    for (String line : text.split("\r?\n", -1)) {
      if (line.startsWith("function ")) {
        inside = true;
      }
      if (!inside) {
        out.add(line);
      }
      if (inside && line.equals("}")) {
        inside = false;
      }
    }
    return out;
  }

  private static List<String> sources(PowerShellScript script, String verb) {
    List<String> sources = new ArrayList<>();
    for (Statement s : script.allStatements()) {
      if (s instanceof Statement.Invoke invoke && invoke.call().verb().equals(verb)) {
        sources.add(invoke.trace().source());
      } else if (s instanceof Statement.RemoveCreated remove
          && remove.remove().verb().equals(verb)) {
        sources.add(remove.trace().source());
      }
    }
    return sources;
  }
}
