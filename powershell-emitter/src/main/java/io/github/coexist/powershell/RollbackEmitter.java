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
 * The script that undoes {@link PowerShellEmitter}'s: removes the objects the plan creates, in the
 * reverse of their creation order (connectors, then the policy, then the domains), each removal
 * guarded by a lookup and by {@code $PSCmdlet.ShouldProcess}. The script's {@code ConfirmImpact} is
 * High, so it asks before every removal unless run with {@code -Confirm:$false}.
 *
 * <pre>{@code
 * PowerShellScript rollback = new RollbackEmitter().emit(validPlan);
 * }</pre>
 *
 * <p>It never removes what existed before coexistence or what the configuration script only checks:
 * the organisation's primary accepted domain, the default remote domain, accepted domains in
 * Exchange Online (there is no Remove-AcceptedDomain there, E6) and objects the plan gives no
 * creation data for. Each kept object gets a comment saying why. Removing the address policy does
 * not remove the addresses it stamped; settings changed on kept objects are not restored.
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
    PsValue.Text name = ObjectFacts.name(object, path);
    Optional<String> kept =
        ObjectFacts.checkOnlyReason(object, dialect)
            .map(reason -> "the configuration script only checks it")
            .or(() -> ObjectFacts.protectedReason(object, plan));
    if (kept.isPresent()) {
      return List.of(new Statement.Comment(path + ": kept, " + kept.get()));
    }
    Trace trace = new Trace(path, ObjectFacts.step(kind, dialect));
    String variable = ObjectFacts.variable(kind, index);
    String remove = "Remove-" + kind.noun();
    CmdletCall call =
        PowerShellEmitter.change(remove, ObjectFacts.identity(object, path), List.of());
    return List.of(
        new Statement.Lookup(trace, variable, ObjectFacts.get(object, dialect, path), name),
        new Statement.If(
            trace,
            new Condition.Present(variable),
            ImmutableList.of(
                PowerShellEmitter.guard(
                    trace,
                    ObjectFacts.target(object, path),
                    remove,
                    List.of(new Statement.Invoke(trace, call)))),
            ImmutableList.of()));
  }
}
