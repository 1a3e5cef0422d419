package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.KindFacts;
import io.github.coexist.core.model.ObjectKind;
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
 * PowerShellScript script = PowerShellEmitter.standard().emit(validPlan);
 * try (OutputStream out = Files.newOutputStream(Path.of("coexist.ps1"))) {
 *   script.writeTo(out); // UTF-8 with BOM, CRLF
 * }
 * PowerShellEmitter patient =
 *     PowerShellEmitter.builder().waits(new WaitPolicy(30, 10, 6, 5)).build();
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
  private static final PowerShellEmitter STANDARD = builder().build();

  private final WaitPolicy waits;

  private PowerShellEmitter(WaitPolicy waits) {
    this.waits = waits;
  }

  /** An emitter with {@link WaitPolicy#standard()}. */
  public static PowerShellEmitter standard() {
    return STANDARD;
  }

  /** A builder starting from {@link #standard()}'s settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The waits after New- this emitter writes. */
  public WaitPolicy waits() {
    return waits;
  }

  /** Chooses a {@link PowerShellEmitter}'s settings. */
  public static final class Builder {
    private WaitPolicy waits = WaitPolicy.standard();

    private Builder() {}

    /** How long the script waits for a new object to be visible; {@link WaitPolicy#standard()}. */
    public Builder waits(WaitPolicy waits) {
      this.waits = Objects.requireNonNull(waits, "waits");
      return this;
    }

    /** The emitter. */
    public PowerShellEmitter build() {
      return new PowerShellEmitter(waits);
    }
  }

  /**
   * The configuration script of {@code plan}.
   *
   * @throws io.github.coexist.core.emit.EmissionException naming the plan path of a value that
   *     cannot be written (control characters, an object or attribute the dialect does not have)
   */
  @Override
  public PowerShellScript emit(ValidatedPlan valid) {
    Objects.requireNonNull(valid, "valid");
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
   * PowerShellScript changes = PowerShellEmitter.standard().emitAgainst(validPlan, snapshot);
   * }</pre>
   *
   * @throws IllegalArgumentException when the snapshot is of another environment than the plan
   * @throws io.github.coexist.core.emit.EmissionException as {@link #emit(ValidatedPlan)}
   */
  public PowerShellScript emitAgainst(ValidatedPlan valid, Snapshot live) {
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(live, "live");
    Drift drift = Drift.between(valid.plan(), live);
    ChangeScope scope = ChangeScope.of(drift, valid.plan());
    return ChangeOnlyHeader.add(emit(valid, scope), scope);
  }

  private PowerShellScript emit(ValidatedPlan valid, ChangeScope scope) {
    CoexistencePlan plan = valid.plan();
    ObjectCalls.requireKindsExist(plan);
    List<Statement> objects = new ArrayList<>();
    List<Statement> checks = new ArrayList<>();
    for (ObjectKind kind : KindFacts.creationOrder(plan.environment())) {
      for (int i = 0; i < plan.objects(kind).size(); i++) {
        ObjectCalls calls = ObjectCalls.of(plan, kind, i);
        // A change-only script changes only what differs, but checks every object at the end.
        if (scope.includes(calls.path())) {
          objects.add(object(calls, scope));
        }
        checks.add(check(calls));
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
    return ScriptFrame.wrap(plan, Dialect.of(plan.environment()), ScriptKind.APPLY, objects);
  }

  /** Set by {@code Write-CoexistCheck} when an object differs from the plan. */
  static final String OUT_OF_SYNC = "CoexistOutOfSync";

  /** The properties {@code Compare-CoexistValue} found different. */
  static final String DIFFERS = "CoexistDiffers";

  private Statement object(ObjectCalls calls, ChangeScope scope) {
    ObjectKind kind = calls.kind();
    String path = calls.path();
    Trace trace = calls.trace();
    ObjectCalls.Split split = calls.split();
    ImmutableList<Checks.Check> checks = calls.checks();
    String variable = calls.variable();
    PsValue.Text name = calls.name();
    Checks.Match match = calls.match();
    // A domain is found by its DomainName, whatever its name: it is changed through its Guid.
    PsValue identity = match.byDomain() ? new PsValue.GuidOf(variable) : calls.identity();
    PsValue.Text target = calls.target();
    CmdletCall get = calls.get();
    Optional<CmdletCall> update = calls.update(identity);

    List<Statement> statements = new ArrayList<>();
    statements.add(new Statement.Lookup(trace, variable, get, match.property(), match.value()));

    List<Statement> whenAbsent = new ArrayList<>();
    Optional<String> checkOnly = calls.checkOnly();
    if (checkOnly.isPresent()) {
      whenAbsent.add(
          new Statement.Throw(
              trace,
              ParameterValues.text(
                  path + ".name",
                  kind.noun() + " " + calls.object().name() + " is missing; " + checkOnly.get())));
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
              waits.attempts(calls.dialect()),
              waits.delaySeconds(calls.dialect())));
      create.add(new Statement.Invoke(trace, journal(calls, null)));
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
      List<String> previous = calls.restorable();
      if (!previous.isEmpty()) {
        converge.add(new Statement.Invoke(trace, journal(calls, previous)));
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
  private static Statement check(ObjectCalls calls) {
    Trace trace = new Trace(calls.path(), GuideStep.CHECK_RESULT);
    String variable = calls.variable();
    ImmutableList<Checks.Check> checks = calls.checks();
    Checks.Match match = calls.match();
    List<Statement> statements = new ArrayList<>();
    statements.add(
        new Statement.Lookup(trace, variable, calls.get(), match.property(), match.value()));
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
                Parameter.of("Target", calls.target()),
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
  private static CmdletCall journal(ObjectCalls calls, List<String> previous) {
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(Parameter.of("Path", PsValue.text(calls.path())));
    parameters.add(Parameter.of("Kind", PsValue.text(calls.kind().noun())));
    parameters.add(Parameter.of("Identity", calls.identity()));
    parameters.add(Parameter.of("Found", PsValue.variable(calls.variable())));
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
