package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.KindFacts;
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
 * PowerShellScript rollback = RollbackEmitter.standard().emit(validPlan);
 * }</pre>
 *
 * <p>It never removes what existed before coexistence or what the configuration script only checks:
 * the organisation's primary accepted domain, the default remote domain, accepted domains in
 * Exchange Online (there is no Remove-AcceptedDomain there, E6); their changed settings are set
 * back. Removing the address policy does not remove the addresses it stamped.
 */
public final class RollbackEmitter implements Emitter<PowerShellScript> {
  private static final RollbackEmitter STANDARD = new RollbackEmitter();

  private RollbackEmitter() {}

  /** The rollback emitter. */
  public static RollbackEmitter standard() {
    return STANDARD;
  }

  /**
   * A builder; the rollback has no settings yet, so it builds {@link #standard()}: it is here so
   * that every emitter is made the same way.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Chooses a {@link RollbackEmitter}'s settings (none yet). */
  public static final class Builder {
    private Builder() {}

    /** The emitter. */
    public RollbackEmitter build() {
      return STANDARD;
    }
  }

  /**
   * The rollback script of {@code plan}.
   *
   * @throws io.github.coexist.core.emit.EmissionException naming the plan path of a value that
   *     cannot be written
   */
  @Override
  public PowerShellScript emit(ValidatedPlan valid) {
    java.util.Objects.requireNonNull(valid, "valid");
    CoexistencePlan plan = valid.plan();
    ObjectCalls.requireKindsExist(plan);
    List<Statement> statements = new ArrayList<>();
    for (ObjectKind kind : KindFacts.creationOrder(plan.environment()).reverse()) {
      for (int i = plan.objects(kind).size() - 1; i >= 0; i--) {
        statements.addAll(object(plan, ObjectCalls.of(plan, kind, i)));
      }
    }
    return ScriptFrame.wrap(plan, Dialect.of(plan.environment()), ScriptKind.ROLLBACK, statements);
  }

  private static List<Statement> object(CoexistencePlan plan, ObjectCalls calls) {
    // The same checks as the configuration script, so both refuse the same plans.
    calls.split();
    String noun = calls.kind().noun();
    Trace trace = calls.trace();
    CmdletCall get = calls.get();
    PsValue.Text target = calls.target();
    PsValue guid = PsValue.variable(Statement.GUID);
    List<Statement> body = new ArrayList<>();
    List<String> restorable = calls.restorable();
    if (!restorable.isEmpty()) {
      body.add(
          new Statement.RestoreChanged(
              trace,
              noun,
              get,
              target,
              PowerShellEmitter.change("Set-" + noun, guid, List.of()),
              ImmutableList.copyOf(restorable)));
    }
    Optional<String> kept =
        calls
            .checkOnly()
            .map(reason -> "the configuration script only checks it")
            .or(() -> KindFacts.existedBefore(calls.object(), plan));
    List<Statement> statements = new ArrayList<>();
    if (kept.isPresent()) {
      statements.add(new Statement.Comment(calls.path() + ": never removed, " + kept.get()));
    } else {
      body.add(
          new Statement.RemoveCreated(
              trace,
              noun,
              get,
              target,
              PowerShellEmitter.change("Remove-" + noun, guid, List.of())));
    }
    if (!body.isEmpty()) {
      statements.add(new Statement.Block(trace, ImmutableList.copyOf(body)));
    }
    return statements;
  }
}
