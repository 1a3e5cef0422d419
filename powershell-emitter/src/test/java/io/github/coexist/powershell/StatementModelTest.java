package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.powershell.PsTokenizer.Token;
import io.github.coexist.powershell.PsTokenizer.Type;
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
    List<Arguments> plans = new ArrayList<>();
    for (Environment environment : Environment.values()) {
      plans.add(
          Arguments.of(
              environment + " recommended",
              PlanGenerator.validate(
                  RecommendedPlans.create(RecommendedPlans.example(environment)))));
      for (long seed : PlanGenerator.validSeeds(environment, 25)) {
        plans.add(
            Arguments.of(environment + " seed " + seed, PlanGenerator.valid(environment, seed)));
      }
    }
    return plans.stream();
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
        List.of(new PowerShellEmitter().emit(plan), new RollbackEmitter().emit(plan))) {
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
      assertThat(changes).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void noStatementDetectsAbsenceBySwallowingErrors(String name, ValidatedPlan plan) {
    for (PowerShellScript script :
        List.of(new PowerShellEmitter().emit(plan), new RollbackEmitter().emit(plan))) {
      for (CmdletCall call : script.calls()) {
        assertThat(call.parameterNames())
            .as(call.name())
            .doesNotContain("ErrorAction", "ErrorVariable", "WarningAction", "EA", "ea");
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
      String text = PowerShellRenderer.render(script);
      assertThat(text)
          .doesNotContainIgnoringCase("SilentlyContinue")
          .doesNotContainIgnoringCase("-ErrorAction")
          .doesNotContainPattern("(?m)^\\s*}?\\s*catch\\b")
          .contains("$ErrorActionPreference = 'Stop'")
          .contains("Set-StrictMode -Version Latest");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void rollbackRemovesInReverseCreationOrder(String name, ValidatedPlan plan) {
    List<String> created = sources(new PowerShellEmitter().emit(plan), "New");
    List<String> removed = sources(new RollbackEmitter().emit(plan), "Remove");
    List<String> expected = new ArrayList<>(created);
    java.util.Collections.reverse(expected);
    expected.removeIf(s -> !removed.contains(s));
    assertThat(removed).isEqualTo(expected);
    assertThat(created).containsAll(removed);
  }

  @Test
  void rollbackKeepsWhatExistedBefore() {
    for (Environment environment : Environment.values()) {
      ValidatedPlan plan =
          PlanGenerator.validate(RecommendedPlans.create(RecommendedPlans.example(environment)));
      PowerShellScript rollback = new RollbackEmitter().emit(plan);
      List<String> removed = sources(rollback, "Remove");
      assertThat(removed).doesNotContain("acceptedDomains[0]");
      assertThat(rollback.allStatements())
          .contains(
              new Statement.Comment(
                  environment == Environment.EXCHANGE_ONLINE
                      ? "acceptedDomains[0]: kept, the configuration script only checks it"
                      : "acceptedDomains[0]: kept, the organisation's primary accepted domain existed"
                          + " before coexistence"));
      if (environment == Environment.EXCHANGE_ONLINE) {
        // E6: no Remove-AcceptedDomain in Exchange Online.
        assertThat(rollback.calls()).noneMatch(c -> c.noun().equals("AcceptedDomain"));
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
        List.of(new PowerShellEmitter().emit(plan), new RollbackEmitter().emit(plan))) {
      for (Statement s : script.allStatements()) {
        Trace trace = trace(s);
        if (trace == null) {
          assertThat(s).isInstanceOf(Statement.Comment.class);
          continue;
        }
        assertThat(trace.source()).matches("script|connection|environment|[a-zA-Z]+\\[[0-9]+\\]");
        assertThat(trace.step() == GuideStep.SCRIPT_SAFETY)
            .isEqualTo(trace.source().equals("script"));
      }
      // In the text, each statement line follows its trace comment.
      String[] lines = PowerShellRenderer.render(script).split("\r\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        boolean statement =
            line.startsWith("$")
                || line.startsWith("if (")
                || line.startsWith("try {")
                || line.startsWith("for (")
                || line.matches("[A-Z][a-z]+-[A-Za-z]+( .*)?")
                || line.startsWith("throw ");
        boolean insideWait =
            i > 0
                && (lines[i - 1].strip().startsWith("for (")
                    || lines[i - 1].strip().startsWith("if ($attempt"));
        if (statement
            && !insideWait
            && !line.startsWith("Start-Sleep")
            && !line.startsWith("if ($attempt")) {
          assertThat(lines[i - 1].strip())
              .as("comment above line %d: %s", i + 1, line)
              .matches("# [^ ]+ \\| .+");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void codeIsAsciiWithOneStatementPerLineAndNoPlaceholders(String name, ValidatedPlan plan) {
    for (PowerShellScript script :
        List.of(new PowerShellEmitter().emit(plan), new RollbackEmitter().emit(plan))) {
      for (String line : PowerShellRenderer.render(script).split("\r\n")) {
        if (line.strip().startsWith("#")) {
          continue;
        }
        for (Token token : PsTokenizer.tokenize(line)) {
          if (token.type() == Type.QUOTED) {
            continue;
          }
          assertThat(token.text()).as(line).matches("\\p{ASCII}*").doesNotContain("<", ">");
          if (token.text().equals(";")) {
            // Only the wait loop's for (init; test; step) header has semicolons.
            assertThat(line.strip()).startsWith("for ($attempt = 1; @(");
          }
          assertThat(token.type()).as(line).isNotIn(Type.DOUBLE_QUOTED, Type.COMMENT);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void waitsFollowOnlyCreationsAndAreBounded(String name, ValidatedPlan plan) {
    for (Placed p : placed(new PowerShellEmitter().emit(plan))) {
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
        new PowerShellEmitter()
            .emit(
                PlanGenerator.validate(
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
                CmdletCall.of(
                    "Disconnect-ExchangeOnline",
                    Parameter.switchValue("Confirm", PsValue.bool(false)))));
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

  private static List<String> sources(PowerShellScript script, String verb) {
    List<String> sources = new ArrayList<>();
    for (Statement s : script.allStatements()) {
      if (s instanceof Statement.Invoke invoke && invoke.call().verb().equals(verb)) {
        sources.add(invoke.trace().source());
      }
    }
    return sources;
  }

  private static Trace trace(Statement s) {
    if (s instanceof Statement.Invoke x) return x.trace();
    if (s instanceof Statement.Lookup x) return x.trace();
    if (s instanceof Statement.Assign x) return x.trace();
    if (s instanceof Statement.If x) return x.trace();
    if (s instanceof Statement.WaitUntilVisible x) return x.trace();
    if (s instanceof Statement.Throw x) return x.trace();
    if (s instanceof Statement.TryFinally x) return x.trace();
    return null;
  }
}
