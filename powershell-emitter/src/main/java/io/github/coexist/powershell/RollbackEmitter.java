package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.ValidatedPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The script that undoes {@link PowerShellEmitter}'s, from the journal that script wrote ({@code
 * -JournalPath}, mandatory): per plan object, in the reverse of the creation order (connectors,
 * then the policy, then the domains), it sets back the previous values the journal recorded for an
 * object that existed before, and removes an object only when the journal says the configuration
 * script created it; the object is found by Exchange's Guid, not by its name. Without a journal
 * entry nothing is removed or changed. Each change is guarded by {@code $PSCmdlet.ShouldProcess};
 * the script's {@code ConfirmImpact} is High, so it asks before every change unless run with {@code
 * -Confirm:$false}.
 *
 * <pre>{@code
 * PowerShellScript rollback = new RollbackEmitter().emit(validPlan);
 * }</pre>
 *
 * <p>It never removes what existed before coexistence or what the configuration script only checks:
 * the organisation's primary accepted domain, the default remote domain, accepted domains in
 * Exchange Online (there is no Remove-AcceptedDomain there, E6); their changed settings are set
 * back. Removing the address policy does not remove the addresses it stamped.
 */
public final class RollbackEmitter implements Emitter<PowerShellScript> {
  /** A rollback emitter. */
  public RollbackEmitter() {}

  /**
   * The rollback script of {@code plan}.
   *
   * @throws EmissionException naming the plan path of a value that cannot be written
   */
  @Override
  public PowerShellScript emit(ValidatedPlan valid) {
    java.util.Objects.requireNonNull(valid, "valid");
    CoexistencePlan plan = valid.plan();
    Dialect dialect = Dialect.of(plan.environment());
    ObjectFacts.requireKindAllowed(plan, dialect);
    List<Statement> statements = new ArrayList<>();
    for (ObjectKind kind : ObjectFacts.order(dialect).reverse()) {
      List<? extends ExchangeObject> list = plan.objects(kind);
      for (int i = list.size() - 1; i >= 0; i--) {
        statements.addAll(object(plan, dialect, kind, i, list.get(i)));
      }
    }
    return ScriptFrame.wrap(plan, dialect, ScriptKind.ROLLBACK, statements);
  }

  private static List<Statement> object(
      CoexistencePlan plan, Dialect dialect, ObjectKind kind, int index, ExchangeObject object) {
    String path = ObjectFacts.path(kind, index);
    // The same checks as the configuration script, so both refuse the same plans.
    ObjectFacts.parameters(object, plan.platform(), path);
    Trace trace = new Trace(path, ObjectFacts.step(kind, dialect));
    CmdletCall get = ObjectFacts.get(object, dialect, path);
    PsValue.Text target = ObjectFacts.target(object, path);
    PsValue guid = PsValue.variable(Statement.GUID);
    List<Statement> body = new ArrayList<>();
    List<String> restorable = new ArrayList<>();
    for (Checks.Check check : Checks.of(object, plan.platform(), path)) {
      if (check.restorable()) {
        restorable.add(check.property());
      }
    }
    if (!restorable.isEmpty()) {
      body.add(
          new Statement.RestoreChanged(
              trace,
              kind.noun(),
              get,
              target,
              PowerShellEmitter.change("Set-" + kind.noun(), guid, List.of()),
              ImmutableList.copyOf(restorable)));
    }
    Optional<String> kept =
        ObjectFacts.checkOnlyReason(object, dialect)
            .map(reason -> "the configuration script only checks it")
            .or(() -> ObjectFacts.protectedReason(object, plan));
    List<Statement> statements = new ArrayList<>();
    if (kept.isPresent()) {
      statements.add(new Statement.Comment(path + ": never removed, " + kept.get()));
    } else {
      body.add(
          new Statement.RemoveCreated(
              trace,
              kind.noun(),
              get,
              target,
              PowerShellEmitter.change("Remove-" + kind.noun(), guid, List.of())));
    }
    if (!body.isEmpty()) {
      statements.add(new Statement.Block(trace, ImmutableList.copyOf(body)));
    }
    return statements;
  }
}
