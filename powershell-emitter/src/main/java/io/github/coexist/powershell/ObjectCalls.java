package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.KindFacts;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.model.ReceiveConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the scripts address one plan object, worked out once: its plan path and variable, the
 * literals that name it, the Get- that finds it, its parameters split by the cmdlet that takes
 * them, the Update- that applies it, the checks that compare it, and why it is only checked. The
 * kind's own facts come from {@link KindFacts}; this class turns them into script pieces.
 *
 * @param path e.g. {@code receiveConnectors[0]}
 * @param variable the script variable of its lookup, e.g. {@code receiveConnectors0}
 * @param trace the statement's plan path and guide step
 * @param name the name as a literal
 * @param identity the {@code -Identity} of Set-, Update- and Remove-: the name, or {@code
 *     SERVER\Name} for an object that belongs to one server
 * @param target what {@code -WhatIf} and {@code -Confirm} show: the plan path and the name
 * @param get the Get- that lists the candidates a lookup filters
 * @param checks what the script compares after reading the object
 * @param match the property and value a lookup filters by
 * @param checkOnly why the script can only check the object, not create it
 */
record ObjectCalls(
    ObjectKind kind,
    ExchangeObject object,
    Platform platform,
    String path,
    String variable,
    Trace trace,
    PsValue.Text name,
    PsValue.Text identity,
    PsValue.Text target,
    CmdletCall get,
    ImmutableList<Checks.Check> checks,
    Checks.Match match,
    Optional<String> checkOnly) {

  /** The parameters of one object, split by the cmdlet that takes them on the platform. */
  record Split(
      ImmutableList<Parameter> onNew,
      ImmutableList<Parameter> setOnly,
      ImmutableList<Parameter> onSet) {}

  /** The calls of object {@code index} of {@code kind} in {@code plan}. */
  static ObjectCalls of(CoexistencePlan plan, ObjectKind kind, int index) {
    ExchangeObject object = plan.objects(kind).get(index);
    Environment environment = plan.environment();
    Platform platform = plan.platform();
    String path = kind.planKey() + "[" + index + "]";
    ImmutableList<Checks.Check> checks = Checks.of(object, platform, path);
    PsValue.Text name = ParameterValues.text(path + ".name", object.name());
    Checks.Match match = Checks.match(object, path);
    PsValue.Text identity =
        object instanceof ReceiveConnector receive
            ? ParameterValues.text(path + ".name", server(receive, path) + "\\" + object.name())
            : name;
    PsValue.Text target = ParameterValues.text(path + ".name", path + " " + object.name());
    return new ObjectCalls(
        kind,
        object,
        platform,
        path,
        kind.planKey() + index,
        new Trace(path, GuideStep.of(kind, environment)),
        name,
        identity,
        target,
        get(object, environment, path),
        checks,
        match,
        checkOnlyReason(object, environment));
  }

  /**
   * Refuses the objects of a kind that does not exist in the plan's environment, naming the first
   * one.
   */
  static void requireKindsExist(CoexistencePlan plan) {
    for (ObjectKind kind : ObjectKind.values()) {
      Optional<String> absent = KindFacts.absentFrom(kind, plan.environment());
      if (absent.isPresent() && !plan.objects(kind).isEmpty()) {
        throw Refusal.at(kind.planKey() + "[0]", absent.get());
      }
    }
  }

  /**
   * The Get- call that lists the candidates a lookup filters by name. Get- without -Identity lists
   * every object (its Identity is optional in the reference), so "not found" is an empty list and
   * never an error; Exchange Online pages results, hence {@code -ResultSize Unlimited} where the
   * reference documents it.
   */
  private static CmdletCall get(ExchangeObject object, Environment environment, String path) {
    String cmdlet = "Get-" + object.kind().noun();
    if (object instanceof ReceiveConnector receive) {
      return CmdletCall.exchange(
          cmdlet,
          List.of(
              Parameter.of(
                  "Server", ParameterValues.text(path + ".server", server(receive, path)))),
          false);
    }
    return CmdletCall.exchange(
        cmdlet,
        KindFacts.pagedIn(object.kind(), environment)
            ? List.of(Parameter.of("ResultSize", PsValue.word("Unlimited")))
            : List.of(),
        false);
  }

  /**
   * {@code Update-EmailAddressPolicy} after an address policy is created or changed (Exchange
   * Server only: Exchange Online has no such cmdlet, E15), with {@code
   * -UpdateSecondaryAddressesOnly} unless the plan asks to rewrite primary addresses. The switch
   * exists from Exchange 2013 on
   * (https://learn.microsoft.com/powershell/module/exchangepowershell/update-emailaddresspolicy).
   */
  Optional<CmdletCall> update(PsValue identity) {
    if (!(object instanceof EmailAddressPolicy policy) || platform == Platform.EXCHANGE_ONLINE) {
      return Optional.empty();
    }
    List<Parameter> parameters = new ArrayList<>();
    if (policy.updateSecondaryAddressesOnly()) {
      if (platform == Platform.EXCHANGE_2010) {
        throw Refusal.at(
            path + ".updateSecondaryAddressesOnly",
            "Exchange Server 2010's Update-EmailAddressPolicy has no -UpdateSecondaryAddressesOnly;"
                + " set it to false to apply the policy to primary addresses too");
      }
      parameters.add(Parameter.flag("UpdateSecondaryAddressesOnly"));
    }
    return Optional.of(PowerShellEmitter.change("Update-EmailAddressPolicy", identity, parameters));
  }

  /** The shell the object's statements are written for. */
  Dialect dialect() {
    return platform == Platform.EXCHANGE_ONLINE ? Dialect.EXCHANGE_ONLINE : Dialect.EXCHANGE_SERVER;
  }

  /** The properties the journal records before a change and the rollback sets back. */
  ImmutableList<String> restorable() {
    return checks.stream()
        .filter(Checks.Check::restorable)
        .map(Checks.Check::property)
        .collect(ImmutableList.toImmutableList());
  }

  private static String server(ReceiveConnector receive, String path) {
    return receive
        .server()
        .orElseThrow(
            () ->
                Refusal.at(
                    path + ".server",
                    "a receive connector belongs to one server (E21); name the server"));
  }

  /**
   * Why the script can only check the object, not create it: the kind is created elsewhere in the
   * environment, or the plan lacks what New- needs.
   */
  private static Optional<String> checkOnlyReason(ExchangeObject object, Environment environment) {
    Optional<String> elsewhere = KindFacts.createdElsewhere(object.kind(), environment);
    if (elsewhere.isPresent()) {
      return elsewhere;
    }
    Optional<Attribute> required = KindFacts.requiredForNew(object.kind());
    if (required.isPresent() && !required.get().isManagedIn(object)) {
      String key = required.get().key();
      return Optional.of(
          "the plan gives no "
              + key
              + ", which New-"
              + object.kind().noun()
              + " needs: create it first or add "
              + key
              + " to the plan");
    }
    return Optional.empty();
  }

  /**
   * Every attribute the object manages (except its name), as parameters: those New- takes go on
   * New-, those only Set- takes follow it on Set-, and every one Set- takes goes on the Set- that
   * brings an existing object to the plan.
   *
   * @throws io.github.coexist.core.emit.EmissionException for a value the platform or the parameter
   *     sets refuse
   */
  Split split() {
    requireOneUsage(object, path);
    List<Parameter> onNew = new ArrayList<>();
    List<Parameter> setOnly = new ArrayList<>();
    List<Parameter> onSet = new ArrayList<>();
    for (Attribute attribute : object.kind().attributes()) {
      if (attribute.key().equals("name") || !attribute.isManagedIn(object)) {
        continue;
      }
      if (!attribute.existsOn(platform)) {
        throw Refusal.at(
            path + "." + attribute.key(),
            "-" + attribute.parameter() + " is not available in " + platform.displayName());
      }
      Optional<Parameter> parameter = ParameterValues.of(attribute, object, path);
      if (parameter.isEmpty()) {
        continue;
      }
      boolean onNewCmdlet = attribute.newPlatforms().contains(platform);
      boolean onSetCmdlet = attribute.setPlatforms().contains(platform);
      if (onNewCmdlet) {
        onNew.add(parameter.get());
      } else if (onSetCmdlet) {
        setOnly.add(parameter.get());
      }
      if (onSetCmdlet) {
        onSet.add(parameter.get());
      }
    }
    return new Split(
        ImmutableList.copyOf(onNew), ImmutableList.copyOf(setOnly), ImmutableList.copyOf(onSet));
  }

  /** -Usage and the usage switches select parameter sets: never both, never two switches. */
  private static void requireOneUsage(ExchangeObject object, String path) {
    List<String> given = new ArrayList<>();
    for (Attribute attribute : KindFacts.exclusiveUsage(object.kind())) {
      boolean selected =
          attribute.key().equals("usage")
              ? attribute.valueIn(object).isPresent()
              : attribute.valueIn(object).map(Boolean.TRUE::equals).orElse(false);
      if (selected) {
        given.add(attribute.key());
      }
    }
    if (given.size() > 1) {
      throw Refusal.at(
          path + "." + given.get(1),
          "-Usage and the usage switches are exclusive; the plan sets "
              + String.join(" and ", given));
    }
  }
}
