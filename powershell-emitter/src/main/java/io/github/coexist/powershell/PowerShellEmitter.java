package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.validation.ValidatedPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The script that brings Exchange to a validated plan, in the plan's dialect (Exchange Online or
 * the Exchange Management Shell).
 *
 * <pre>{@code
 * PowerShellScript script = new PowerShellEmitter().emit(validPlan);
 * Files.write(Path.of("coexist.ps1"), PowerShellRenderer.encode(script, RenderOptions.defaults()));
 * }</pre>
 *
 * <p>For each object, in dependency order (domains, then the policy, then the connectors):
 *
 * <ol>
 *   <li>a lookup that lists the objects of its kind and filters them by name: "absent" is an empty
 *       list, while a Get- that fails stops the script ({@code $ErrorActionPreference = 'Stop'});
 *       absence is never inferred from a swallowed error;
 *   <li>when absent: New- with every managed attribute New- takes, then (after a bounded wait for
 *       the new object to be visible) Set- with the managed attributes only Set- takes;
 *   <li>when present: Set- with every managed attribute Set- takes, so a second run changes
 *       nothing;
 *   <li>on Exchange Server, Update-EmailAddressPolicy after an address policy is created or set.
 * </ol>
 *
 * <p>Every change is inside {@code if ($PSCmdlet.ShouldProcess(target, action))} and passes {@code
 * -Confirm:$false} to the Exchange cmdlet. The script itself is the one place that decides: {@code
 * -WhatIf} skips every change (and the waits and updates that depend on it) while the lookups still
 * run, so the preview says which objects would be created and which updated; {@code -Confirm} asks
 * once per change. Passing {@code -WhatIf:$WhatIfPreference} through instead would rely on the
 * Exchange cmdlets, which run as proxy functions of another module (ExchangeOnlineManagement, the
 * Exchange Management Shell's implicit remoting) and do not see the script's preference variables,
 * and it would ask twice under {@code -Confirm}.
 *
 * <p>Attributes that only New- takes ({@code domainName}, {@code server}, {@code usage}) are
 * applied when the object is created; an existing object keeps its own values for them.
 */
public final class PowerShellEmitter implements Emitter<PowerShellScript> {
  private final WaitPolicy waits;

  /** An emitter with {@link WaitPolicy#standard()}. */
  public PowerShellEmitter() {
    this(WaitPolicy.standard());
  }

  /** An emitter with the given waits after New-. */
  public PowerShellEmitter(WaitPolicy waits) {
    this.waits = waits;
  }

  /**
   * The configuration script of {@code plan}.
   *
   * @throws EmissionException naming the plan path of a value that cannot be written (control
   *     characters, an object or attribute the dialect does not have)
   */
  @Override
  public PowerShellScript emit(ValidatedPlan valid) {
    java.util.Objects.requireNonNull(valid, "valid");
    CoexistencePlan plan = valid.plan();
    Dialect dialect = Dialect.of(plan.environment());
    ObjectFacts.requireKindAllowed(plan, dialect);
    List<Statement> objects = new ArrayList<>();
    for (ObjectKind kind : ObjectFacts.order(dialect)) {
      List<? extends ExchangeObject> list = plan.objects(kind);
      for (int i = 0; i < list.size(); i++) {
        objects.addAll(object(plan, dialect, kind, i, list.get(i)));
      }
    }
    return ScriptFrame.wrap(plan, dialect, ScriptKind.APPLY, objects);
  }

  private List<Statement> object(
      CoexistencePlan plan, Dialect dialect, ObjectKind kind, int index, ExchangeObject object) {
    String path = ObjectFacts.path(kind, index);
    Trace trace = new Trace(path, ObjectFacts.step(kind, dialect));
    Platform platform = plan.platform();
    ObjectFacts.Split split = ObjectFacts.parameters(object, platform, path);
    String variable = ObjectFacts.variable(kind, index);
    PsValue.Text name = ObjectFacts.name(object, path);
    PsValue.Text identity = ObjectFacts.identity(object, path);
    PsValue.Text target = ObjectFacts.target(object, path);
    CmdletCall get = ObjectFacts.get(object, dialect, path);
    boolean updatePolicy =
        kind == ObjectKind.EMAIL_ADDRESS_POLICY && dialect == Dialect.EXCHANGE_SERVER;

    List<Statement> statements = new ArrayList<>();
    statements.add(new Statement.Lookup(trace, variable, get, name));

    List<Statement> whenAbsent = new ArrayList<>();
    Optional<String> checkOnly = ObjectFacts.checkOnlyReason(object, dialect);
    if (checkOnly.isPresent()) {
      whenAbsent.add(
          new Statement.Throw(
              trace,
              ParameterValues.text(
                  path + ".name",
                  path
                      + ": "
                      + kind.noun()
                      + " "
                      + object.name()
                      + " is missing; "
                      + checkOnly.get())));
    } else {
      List<Statement> create = new ArrayList<>();
      List<Parameter> onNew = new ArrayList<>();
      onNew.add(Parameter.of("Name", name));
      onNew.addAll(split.onNew());
      create.add(new Statement.Invoke(trace, change("New-" + kind.noun(), null, onNew)));
      boolean followUp = !split.setOnly().isEmpty() || updatePolicy;
      if (followUp) {
        create.add(
            new Statement.WaitUntilVisible(
                trace, get, name, waits.attempts(dialect), waits.delaySeconds(dialect)));
      }
      if (!split.setOnly().isEmpty()) {
        create.add(
            new Statement.Invoke(trace, change("Set-" + kind.noun(), identity, split.setOnly())));
      }
      if (updatePolicy) {
        create.add(
            new Statement.Invoke(trace, change("Update-EmailAddressPolicy", identity, List.of())));
      }
      whenAbsent.add(guard(trace, target, "New-" + kind.noun(), create));
    }

    List<Statement> whenPresent = new ArrayList<>();
    List<Statement> converge = new ArrayList<>();
    if (!split.onSet().isEmpty()) {
      converge.add(
          new Statement.Invoke(trace, change("Set-" + kind.noun(), identity, split.onSet())));
    }
    if (updatePolicy) {
      converge.add(
          new Statement.Invoke(trace, change("Update-EmailAddressPolicy", identity, List.of())));
    }
    if (!converge.isEmpty()) {
      // The guard names the first change; -WhatIf prints it once per object.
      String action = ((Statement.Invoke) converge.get(0)).call().name();
      whenPresent.add(guard(trace, target, action, converge));
    }
    statements.add(
        new Statement.If(
            trace,
            new Condition.Absent(variable),
            ImmutableList.copyOf(whenAbsent),
            ImmutableList.copyOf(whenPresent)));
    return statements;
  }

  /** {@code if ($PSCmdlet.ShouldProcess(target, action)) { body }}. */
  static Statement.If guard(Trace trace, PsValue.Text target, String action, List<Statement> body) {
    return new Statement.If(
        trace,
        new Condition.ShouldProcess(target, action),
        ImmutableList.copyOf(body),
        ImmutableList.of());
  }

  /**
   * A changing call: {@code -Identity} first when given, then the parameters, then {@code
   * -Confirm:$false} because the script's ShouldProcess guard has already asked.
   */
  static CmdletCall change(String cmdlet, PsValue.Text identity, List<Parameter> parameters) {
    List<Parameter> all = new ArrayList<>();
    if (identity != null) {
      all.add(Parameter.of("Identity", identity));
    }
    all.addAll(parameters);
    all.add(Parameter.switchValue("Confirm", PsValue.bool(false)));
    return CmdletCall.of(cmdlet, all);
  }
}
