package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.PlanGenerator;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.CmdletReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every call of every emitted script (configuration and rollback) against Microsoft's cmdlet
 * reference: the cmdlet exists on the plan's platform, each parameter exists for it there, enum
 * values are accepted values, booleans and switches have their types, and the parameters fit one
 * parameter set together with all its mandatory parameters.
 */
class ReferenceConformanceTest {
  static final int PLANS_PER_ENVIRONMENT = 60;

  /**
   * Cmdlets the reference does not cover, with the parameters the scripts may give them:
   * PowerShell's own, Disconnect-ExchangeOnline (named by the reference's section 7) and the
   * script's own functions (the parameters their {@code param(...)} line declares).
   */
  private static final Map<String, Set<String>> NOT_IN_REFERENCE = notInReference();

  /**
   * The common parameter every Exchange cmdlet takes (about_CommonParameters,
   * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_commonparameters);
   * the reference lists no common parameters.
   */
  private static final String ERROR_ACTION = "ErrorAction";

  private static Map<String, Set<String>> notInReference() {
    Map<String, Set<String>> map = new java.util.HashMap<>();
    map.put("Set-StrictMode", Set.of("Version"));
    map.put("Start-Transcript", Set.of("LiteralPath", "Append", "WhatIf", "Confirm"));
    map.put("Stop-Transcript", Set.of());
    map.put("Disconnect-ExchangeOnline", Set.of("Confirm", ERROR_ACTION));
    for (ScriptFunction function : ScriptFunction.values()) {
      Set<String> declared = new HashSet<>();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\\] \\$([A-Za-z]+)").matcher(function.lines().get(1));
      while (m.find()) {
        declared.add(m.group(1));
      }
      assertThat(function.lines().get(1)).as(function.command()).startsWith("    param(");
      map.put(function.command(), declared);
    }
    return Map.copyOf(map);
  }

  static Stream<Arguments> plans() {
    List<Arguments> plans = new ArrayList<>();
    for (Environment environment : Environment.values()) {
      for (long seed : PlanGenerator.validSeeds(environment, PLANS_PER_ENVIRONMENT)) {
        plans.add(Arguments.of(environment, seed));
      }
    }
    return plans.stream();
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("plans")
  void generatedPlansEmitOnlyDocumentedCalls(Environment environment, long seed) {
    ValidatedPlan plan = PlanGenerator.valid(environment, seed);
    List<String> problems = new ArrayList<>();
    check(PowerShellEmitter.standard().emit(plan), plan.plan().platform(), problems);
    check(RollbackEmitter.standard().emit(plan), plan.plan().platform(), problems);
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void recommendedPlansEmitOnlyDocumentedCalls(Environment environment) {
    ValidatedPlan plan = Judge.validate(ScenarioPlans.recommended(environment));
    List<String> problems = new ArrayList<>();
    check(PowerShellEmitter.standard().emit(plan), plan.plan().platform(), problems);
    check(RollbackEmitter.standard().emit(plan), plan.plan().platform(), problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void generatedPlansCoverEveryCmdletTheScriptsUse() {
    Set<String> seen = new HashSet<>();
    for (Environment environment : Environment.values()) {
      for (long seed : PlanGenerator.validSeeds(environment, PLANS_PER_ENVIRONMENT)) {
        ValidatedPlan plan = PlanGenerator.valid(environment, seed);
        PowerShellEmitter.standard().emit(plan).calls().forEach(c -> seen.add(c.name()));
        RollbackEmitter.standard().emit(plan).calls().forEach(c -> seen.add(c.name()));
      }
    }
    assertThat(seen)
        .contains(
            "Connect-ExchangeOnline",
            "New-RemoteDomain",
            "Set-RemoteDomain",
            "Remove-RemoteDomain",
            "Set-AcceptedDomain",
            "New-AcceptedDomain",
            "Remove-AcceptedDomain",
            "New-EmailAddressPolicy",
            "Set-EmailAddressPolicy",
            "Update-EmailAddressPolicy",
            "Remove-EmailAddressPolicy",
            "New-SendConnector",
            "Set-SendConnector",
            "Remove-SendConnector",
            "New-ReceiveConnector",
            "Set-ReceiveConnector",
            "Remove-ReceiveConnector",
            "New-InboundConnector",
            "Set-InboundConnector",
            "Remove-InboundConnector",
            "New-OutboundConnector",
            "Set-OutboundConnector",
            "Remove-OutboundConnector",
            "Get-RemoteDomain",
            "Get-AcceptedDomain",
            "Get-EmailAddressPolicy",
            "Get-SendConnector",
            "Get-ReceiveConnector",
            "Get-InboundConnector",
            "Get-OutboundConnector",
            "Disconnect-ExchangeOnline");
  }

  @Test
  void theNewCallsAreCheckedToo() {
    // Update- with its switch, Remove- by Guid, Get- with -ErrorAction: accepted where the
    // reference has them, refused where it does not.
    List<String> problems = new ArrayList<>();
    CmdletCall update =
        CmdletCall.exchange(
            "Update-EmailAddressPolicy",
            List.of(
                Parameter.of("Identity", PsValue.text("Exchange Users")),
                Parameter.flag("UpdateSecondaryAddressesOnly")),
            true);
    check(update, Platform.EXCHANGE_2019, problems);
    check(
        CmdletCall.exchange(
            "Remove-SendConnector",
            List.of(Parameter.of("Identity", PsValue.variable("guid"))),
            true),
        Platform.EXCHANGE_2019,
        problems);
    check(
        CmdletCall.exchange("Get-AcceptedDomain", List.of(), false),
        Platform.EXCHANGE_SE,
        problems);
    assertThat(problems).isEmpty();
    check(update, Platform.EXCHANGE_2010, problems);
    check(CmdletCall.of("Get-AcceptedDomain"), Platform.EXCHANGE_SE, problems);
    check(update, Platform.EXCHANGE_ONLINE, problems);
    assertThat(problems)
        .containsExactly(
            "Update-EmailAddressPolicy -UpdateSecondaryAddressesOnly is not available in"
                + " EXCHANGE_2010",
            "Get-AcceptedDomain runs without -ErrorAction Stop",
            "Update-EmailAddressPolicy does not exist in EXCHANGE_ONLINE");
  }

  @Test
  void theCheckFindsWhatTheGuideGotWrong() {
    // The checker itself must be able to fail: the guide's own snippets (errata E4, E6, E9).
    List<String> problems = new ArrayList<>();
    check(
        CmdletCall.of(
            "Set-RemoteDomain",
            Parameter.of("Identity", PsValue.text("domino.contoso.com")),
            Parameter.of("TrustMailOutboundEnabled", PsValue.bool(true))),
        Platform.EXCHANGE_2019,
        problems);
    check(
        CmdletCall.of(
            "New-AcceptedDomain",
            Parameter.of("Name", PsValue.text("exch.contoso.com")),
            Parameter.of("DomainName", PsValue.text("exch.contoso.com"))),
        Platform.EXCHANGE_ONLINE,
        problems);
    check(
        CmdletCall.of(
            "New-ReceiveConnector",
            Parameter.of("Name", PsValue.text("Inbound from Domino")),
            Parameter.of("Usage", PsValue.word("Custom")),
            Parameter.flag("Custom"),
            Parameter.of("LiveCredentialEnabled", PsValue.bool(false))),
        Platform.EXCHANGE_2019,
        problems);
    check(
        CmdletCall.of(
            "Set-RemoteDomain",
            Parameter.of("Identity", PsValue.text("x")),
            Parameter.of("AllowedOOFType", PsValue.word("Internal"))),
        Platform.EXCHANGE_2019,
        problems);
    assertThat(String.join("\n", problems))
        .contains("Set-RemoteDomain runs without -ErrorAction Stop")
        .contains("Set-RemoteDomain has no parameter -TrustMailOutboundEnabled")
        .contains("New-AcceptedDomain does not exist in EXCHANGE_ONLINE")
        .contains("New-ReceiveConnector has no parameter -LiveCredentialEnabled")
        .contains("New-ReceiveConnector: no parameter set fits")
        .contains("Set-RemoteDomain -AllowedOOFType: Internal is not an accepted value");
  }

  static void check(PowerShellScript script, Platform platform, List<String> problems) {
    for (CmdletCall call : script.calls()) {
      check(call, platform, problems);
    }
  }

  static void check(CmdletCall call, Platform platform, List<String> problems) {
    Set<String> builtIn = NOT_IN_REFERENCE.get(call.name());
    if (builtIn != null) {
      for (String p : call.parameterNames()) {
        if (!builtIn.contains(p)) {
          problems.add(call.name() + " is not given -" + p + " by coexist");
        }
      }
      return;
    }
    JsonNode cmdlet = CmdletReference.get().cmdlet(call.name()).orElse(null);
    if (cmdlet == null) {
      problems.add(call.name() + " is not in the reference");
      return;
    }
    if (!CmdletReference.platforms(cmdlet, Platform.class).contains(platform)) {
      problems.add(call.name() + " does not exist in " + platform);
      return;
    }
    JsonNode parameters = cmdlet.get("parameters");
    Set<String> used = new HashSet<>();
    if (!call.parameters().contains(CmdletCall.STOP)) {
      problems.add(call.name() + " runs without -ErrorAction Stop");
    }
    for (Parameter parameter : call.parameters()) {
      String where = call.name() + " -" + parameter.name();
      if (parameter.name().equals(ERROR_ACTION)) {
        continue; // a common parameter of every parameter set; its value is checked above
      }
      if (!used.add(parameter.name())) {
        problems.add(where + " given twice");
      }
      JsonNode p = parameters.get(parameter.name());
      if (p == null) {
        problems.add(call.name() + " has no parameter -" + parameter.name());
        continue;
      }
      if (!CmdletReference.platforms(p, Platform.class).contains(platform)) {
        problems.add(where + " is not available in " + platform);
      }
      checkValue(where, p, parameter, problems);
    }
    if (!fitsOneParameterSet(cmdlet, used)) {
      problems.add(call.name() + ": no parameter set fits " + used);
    }
  }

  private static void checkValue(
      String where, JsonNode p, Parameter parameter, List<String> problems) {
    String type = p.get("type").asText();
    PsValue value = parameter.value().orElse(null);
    if (type.equals("SwitchParameter")) {
      if (value != null && !(parameter.colon() && value instanceof PsValue.Bool)) {
        problems.add(where + ": a switch takes no value or -X:$true/$false");
      }
      return;
    }
    if (value == null || parameter.colon()) {
      problems.add(where + ": needs a value after a space");
      return;
    }
    if (value instanceof PsValue.Variable || value instanceof PsValue.GuidOf) {
      return; // an object's Guid found at run time: an identity of any kind takes it
    }
    if (value instanceof PsValue.Null) {
      // $null clears a value: where the reference lists it, a multi-valued property (emptied),
      // or unenumerated text.
      JsonNode raw = p.get("acceptedValues");
      boolean listed = raw != null && raw.toString().contains("\"$null\"");
      boolean enumerated = raw != null && raw.isArray();
      boolean multi = p.get("multiValued").asBoolean();
      if (!listed && !multi && (enumerated || type.equals("Boolean") || type.equals("Int32"))) {
        problems.add(where + ": does not accept $null");
      }
      return;
    }
    if (type.equals("Boolean") && !(value instanceof PsValue.Bool)) {
      problems.add(where + ": a Boolean takes $true or $false, not " + value);
    }
    List<String> accepted = CmdletReference.acceptedValues(p);
    if (!accepted.isEmpty() && !type.equals("Boolean")) {
      List<String> given = new ArrayList<>();
      if (value instanceof PsValue.Word word) {
        given.add(word.value());
      } else if (value instanceof PsValue.ListValue list) {
        list.elements().forEach(t -> given.add(t.value()));
      } else if (value instanceof PsValue.Text text) {
        given.add(text.value());
      }
      for (String v : given) {
        // TlsDomainCapabilities entries are "domain:Capability"; the reference lists capabilities.
        if (parameter.name().equals("TlsDomainCapabilities")) {
          v = v.substring(v.lastIndexOf(':') + 1);
        }
        if (!accepted.contains(v)) {
          problems.add(where + ": " + v + " is not an accepted value " + accepted);
        }
      }
    }
    if (value instanceof PsValue.ListValue && !p.get("multiValued").asBoolean()) {
      problems.add(where + ": takes one value, not a list");
    }
  }

  private static boolean fitsOneParameterSet(JsonNode cmdlet, Set<String> used) {
    for (JsonNode set : cmdlet.get("parameterSets")) {
      Set<String> members = new HashSet<>();
      set.get("parameters").forEach(n -> members.add(n.asText()));
      Set<String> mandatory = new HashSet<>();
      set.get("mandatory").forEach(n -> mandatory.add(n.asText()));
      if (members.containsAll(used) && used.containsAll(mandatory)) {
        return true;
      }
    }
    return false;
  }
}
