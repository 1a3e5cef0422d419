package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The safety of issue 17's scripts holds in change-only scripts: the final check reads every
 * planned object again (also those in sync, which get no change), the journal and the verdict are
 * there, and every change stays under its ShouldProcess guard.
 */
class ChangeOnlySafetyTest {
  @ParameterizedTest
  @EnumSource(Environment.class)
  void aScriptInSyncStillChecksEveryObjectAndKeepsItsJournalAndVerdict(Environment environment) {
    ValidatedPlan valid = GoldenScriptsTest.recommended(environment);

    PowerShellScript script =
        PowerShellEmitter.standard().emitAgainst(valid, PlanAsSnapshot.of(valid.plan()));

    int objects = 0;
    for (ObjectKind kind : ObjectKind.values()) {
      objects += valid.plan().objects(kind).size();
    }
    List<Statement.Block> checks = new ArrayList<>();
    for (Statement s : script.allStatements()) {
      if (s instanceof Statement.Block block && block.trace().step() == GuideStep.CHECK_RESULT) {
        checks.add(block);
      }
    }
    assertThat(checks).hasSize(objects);
    assertThat(script.calls())
        .filteredOn(c -> c.name().equals(ScriptFunction.WRITE_CHECK.command()))
        .hasSize(objects);
    String text = script.text();
    assertThat(text).contains("if ($CoexistOutOfSync) {").contains("JournalPath");
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void everyChangeOfAChangeOnlyScriptIsGuarded(Environment environment) {
    ValidatedPlan valid = GoldenScriptsTest.recommended(environment);
    io.github.coexist.livestate.Snapshot.Builder empty =
        io.github.coexist.livestate.Snapshot.builder().environment(environment);
    for (ObjectKind kind : ObjectKind.values()) {
      empty.reading(kind, new io.github.coexist.livestate.KindReading.Read(List.of()));
    }

    PowerShellScript script = PowerShellEmitter.standard().emitAgainst(valid, empty.build());

    List<String> guarded = new ArrayList<>();
    collectGuarded(script.statements(), false, guarded);
    assertThat(script.calls())
        .filteredOn(c -> c.verb().equals("New") || c.verb().equals("Set"))
        .filteredOn(c -> !c.name().equals("Set-StrictMode"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(guarded).contains(c.name()));
  }

  private static void collectGuarded(
      List<Statement> statements, boolean inGuard, List<String> into) {
    for (Statement s : statements) {
      if (s instanceof Statement.Invoke invoke && inGuard) {
        into.add(invoke.call().name());
      } else if (s instanceof Statement.If branch) {
        boolean guard = inGuard || branch.condition() instanceof Condition.ShouldProcess;
        collectGuarded(branch.then(), guard, into);
        collectGuarded(branch.otherwise(), inGuard, into);
      } else if (s instanceof Statement.TryFinally block) {
        collectGuarded(block.body(), inGuard, into);
        collectGuarded(block.cleanup(), inGuard, into);
      } else if (s instanceof Statement.Block block) {
        collectGuarded(block.body(), inGuard, into);
      }
    }
  }
}
