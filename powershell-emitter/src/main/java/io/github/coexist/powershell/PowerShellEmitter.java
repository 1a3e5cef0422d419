package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.drift.Drift;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

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
    Objects.requireNonNull(waits, "waits");
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
    return emit(valid, ChangeScope.EVERYTHING);
  }

  /**
   * The change-only script of {@code plan} against a snapshot of the organisation: statements only
   * for what {@link Drift#between} finds. A missing object gets its whole statement (New- with
   * every attribute); an object whose attributes differ gets Set- with those attributes only; an
   * object in sync gets none, and a plan in sync gives a script that changes nothing and says so in
   * its header. Objects of a kind the snapshot could not read are treated as in the full script.
   * Each kept statement still looks its object up first, so a snapshot that is out of date cannot
   * make the script create what exists or set what is gone.
   *
   * <pre>{@code
   * PowerShellScript changes = new PowerShellEmitter().emitAgainst(validPlan, snapshot);
   * }</pre>
   *
   * @throws IllegalArgumentException when the snapshot is of another environment than the plan
   * @throws EmissionException as {@link #emit(ValidatedPlan)}
   */
  public PowerShellScript emitAgainst(ValidatedPlan valid, Snapshot live) {
    java.util.Objects.requireNonNull(valid, "valid");
    java.util.Objects.requireNonNull(live, "live");
    Drift drift = Drift.between(valid.plan(), live);
    ChangeScope scope = ChangeScope.of(drift, valid.plan());
    return ChangeOnlyHeader.add(emit(valid, scope), scope);
  }

  private PowerShellScript emit(ValidatedPlan valid, ChangeScope scope) {
    CoexistencePlan plan = valid.plan();
    Dialect dialect = Dialect.of(plan.environment());
    ObjectFacts.requireKindAllowed(plan, dialect);
    List<Statement> objects = new ArrayList<>();
    List<Statement> checks = new ArrayList<>();
    for (ObjectKind kind : ObjectFacts.order(dialect)) {
      List<? extends ExchangeObject> list = plan.objects(kind);
      for (int i = 0; i < list.size(); i++) {
        // A change-only script changes only what differs, but checks every object at the end.
        if (scope.includes(ObjectFacts.path(kind, i))) {
          objects.add(object(plan, dialect, kind, i, list.get(i), scope));
        }
        checks.add(check(plan, dialect, kind, i, list.get(i)));
      }
    }
    objects.addAll(checks);
    objects.add(
        new Statement.If(
            Trace.script(),
            new Condition.Given(OUT_OF_SYNC),
            ImmutableList.of(
                new Statement.Throw(
                    Trace.script(),
                    PsValue.text(
                        "Exchange differs from the plan after this run: see the lines above"))),
            ImmutableList.of()));
    return ScriptFrame.wrap(plan, dialect, ScriptKind.APPLY, objects);
  }

  /** Set by {@code Write-CoexistCheck} when an object differs from the plan. */
  static final String OUT_OF_SYNC = "CoexistOutOfSync";

  /** The properties {@code Compare-CoexistValue} found different. */
  static final String DIFFERS = "CoexistDiffers";

  private Statement object(
      CoexistencePlan plan,
      Dialect dialect,
      ObjectKind kind,
      int index,
      ExchangeObject object,
      ChangeScope scope) {
    String path = ObjectFacts.path(kind, index);
    Trace trace = new Trace(path, ObjectFacts.step(kind, dialect));
    Platform platform = plan.platform();
    ObjectFacts.Split split = ObjectFacts.parameters(object, platform, path);
    ImmutableList<Checks.Check> checks = Checks.of(object, platform, path);
    String variable = ObjectFacts.variable(kind, index);
    PsValue.Text name = ObjectFacts.name(object, path);
    Checks.Match match = Checks.match(object, path);
    // A domain is found by its DomainName, whatever its name: it is changed through its Guid.
    PsValue identity =
        match.byDomain() ? new PsValue.GuidOf(variable) : ObjectFacts.identity(object, path);
    PsValue.Text target = ObjectFacts.target(object, path);
    CmdletCall get = ObjectFacts.get(object, dialect, path);
    Optional<CmdletCall> update = ObjectFacts.update(object, platform, path, identity);

    List<Statement> statements = new ArrayList<>();
    statements.add(new Statement.Lookup(trace, variable, get, match.property(), match.value()));

    List<Statement> whenAbsent = new ArrayList<>();
    Optional<String> checkOnly = ObjectFacts.checkOnlyReason(object, dialect);
    if (checkOnly.isPresent()) {
      whenAbsent.add(
          new Statement.Throw(
              trace,
              ParameterValues.text(
                  path + ".name",
                  kind.noun() + " " + object.name() + " is missing; " + checkOnly.get())));
    } else {
      List<Statement> create = new ArrayList<>();
      List<Parameter> onNew = new ArrayList<>();
      onNew.add(Parameter.of("Name", name));
      onNew.addAll(split.onNew());
      create.add(new Statement.Invoke(trace, change("New-" + kind.noun(), null, onNew)));
      create.add(
          new Statement.WaitUntilVisible(
              trace,
              variable,
              get,
              match.property(),
              match.value(),
              waits.attempts(dialect),
              waits.delaySeconds(dialect)));
      create.add(new Statement.Invoke(trace, journal(path, kind, object, variable, null)));
      if (!split.setOnly().isEmpty()) {
        create.add(
            new Statement.Invoke(trace, change("Set-" + kind.noun(), identity, split.setOnly())));
      }
      update.ifPresent(u -> create.add(new Statement.Invoke(trace, u)));
      whenAbsent.add(guard(trace, target, "New-" + kind.noun(), create));
    }

    List<Statement> whenPresent = new ArrayList<>();
    if (match.byDomain()) {
      whenPresent.add(
          new Statement.Invoke(
              trace,
              CmdletCall.of(
                  ScriptFunction.WRITE_NAME_CHECK.command(),
                  Parameter.of("Target", target),
                  Parameter.of("Found", PsValue.variable(variable)),
                  Parameter.of("Name", name))));
    }
    List<Statement> converge = new ArrayList<>();
    List<Parameter> onSet = scope.onSet(path, split.onSet());
    if (!onSet.isEmpty()) {
      List<String> previous = new ArrayList<>();
      for (Checks.Check check : checks) {
        if (check.restorable()) {
          previous.add(check.property());
        }
      }
      if (!previous.isEmpty()) {
        converge.add(new Statement.Invoke(trace, journal(path, kind, object, variable, previous)));
      }
      converge.add(new Statement.Invoke(trace, change("Set-" + kind.noun(), identity, onSet)));
    }
    update.ifPresent(u -> converge.add(new Statement.Invoke(trace, u)));
    if (!converge.isEmpty()) {
      // The guard names the first change; -WhatIf prints it once per object.
      String action = onSet.isEmpty() ? "Update-EmailAddressPolicy" : "Set-" + kind.noun();
      Statement.If guarded = guard(trace, target, action, converge);
      if (checks.isEmpty()) {
        whenPresent.add(guarded);
      } else {
        // Only what differs is changed (and journalled); the address policy is applied again only
        // when it changed.
        whenPresent.addAll(compare(trace, variable, checks));
        whenPresent.add(
            new Statement.If(
                trace, new Condition.Differs(), ImmutableList.of(guarded), ImmutableList.of()));
      }
    }
    statements.add(
        new Statement.If(
            trace,
            new Condition.Absent(variable),
            ImmutableList.copyOf(whenAbsent),
            ImmutableList.copyOf(whenPresent)));
    return new Statement.Block(trace, ImmutableList.copyOf(statements));
  }

  /**
   * The object read again after every change and compared with the plan: one line per object (in
   * sync, or which properties differ), {@code $CoexistOutOfSync} set when anything differs.
   */
  private static Statement check(
      CoexistencePlan plan, Dialect dialect, ObjectKind kind, int index, ExchangeObject object) {
    String path = ObjectFacts.path(kind, index);
    Trace trace = new Trace(path, GuideStep.CHECK_RESULT);
    String variable = ObjectFacts.variable(kind, index);
    ImmutableList<Checks.Check> checks = Checks.of(object, plan.platform(), path);
    Checks.Match match = Checks.match(object, path);
    List<Statement> statements = new ArrayList<>();
    statements.add(
        new Statement.Lookup(
            trace,
            variable,
            ObjectFacts.get(object, dialect, path),
            match.property(),
            match.value()));
    statements.addAll(compare(trace, variable, checks));
    List<PsValue.Text> properties = new ArrayList<>();
    properties.add(PsValue.text(match.property()));
    for (Checks.Check check : checks) {
      properties.add(PsValue.text(check.property()));
    }
    statements.add(
        new Statement.Invoke(
            trace,
            CmdletCall.of(
                ScriptFunction.WRITE_CHECK.command(),
                Parameter.of("Target", ObjectFacts.target(object, path)),
                Parameter.of("Found", PsValue.variable(variable)),
                Parameter.of("Property", PsValue.list(properties)))));
    return new Statement.Block(trace, ImmutableList.copyOf(statements));
  }

  /** {@code $CoexistDiffers = $null}, then one {@code Compare-CoexistValue} per check. */
  private static List<Statement> compare(Trace trace, String variable, List<Checks.Check> checks) {
    List<Statement> statements = new ArrayList<>();
    statements.add(new Statement.Assign(trace, DIFFERS, PsValue.nullValue()));
    for (Checks.Check check : checks) {
      statements.add(
          new Statement.Invoke(
              trace,
              CmdletCall.of(
                  ScriptFunction.COMPARE_VALUE.command(),
                  Parameter.of("Found", PsValue.variable(variable)),
                  Parameter.of("Property", PsValue.text(check.property())),
                  Parameter.of("Form", PsValue.text(check.form())),
                  Parameter.of("Expected", check.expected()))));
    }
    return statements;
  }

  /**
   * {@code Add-CoexistJournalEntry}: the object was created ({@code previous} null), or is about to
   * be changed and these properties keep their previous values.
   */
  private static CmdletCall journal(
      String path, ObjectKind kind, ExchangeObject object, String variable, List<String> previous) {
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(Parameter.of("Path", PsValue.text(path)));
    parameters.add(Parameter.of("Kind", PsValue.text(kind.noun())));
    parameters.add(Parameter.of("Identity", ObjectFacts.identity(object, path)));
    parameters.add(Parameter.of("Found", PsValue.variable(variable)));
    if (previous == null) {
      parameters.add(Parameter.flag("Created"));
    } else {
      parameters.add(
          Parameter.of(
              "Previous",
              PsValue.list(previous.stream().map(PsValue::text).collect(Collectors.toList()))));
    }
    return CmdletCall.of(ScriptFunction.ADD_JOURNAL_ENTRY.command(), parameters);
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
   * -ErrorAction Stop} and {@code -Confirm:$false} because the script's ShouldProcess guard has
   * already asked.
   */
  static CmdletCall change(String cmdlet, PsValue identity, List<Parameter> parameters) {
    List<Parameter> all = new ArrayList<>();
    if (identity != null) {
      all.add(Parameter.of("Identity", identity));
    }
    all.addAll(parameters);
    return CmdletCall.exchange(cmdlet, all, true);
  }
}
