package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.PlanGenerator;
import io.github.coexist.testplans.ScenarioPlans;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the configuration script does per object, and the plans it refuses with a plan path. */
class PowerShellEmitterTest {
  static CoexistencePlan server() {
    return ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
  }

  static CoexistencePlan online() {
    return ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE);
  }

  static PowerShellScript emit(CoexistencePlan plan) {
    return PowerShellEmitter.standard().emit(Judge.validate(plan));
  }

  /**
   * Emits a plan the rules refuse at {@code path}, with the rules bypassed: the emitter's own
   * defence must refuse it too.
   */
  static PowerShellScript emitRefused(CoexistencePlan plan, String path) {
    assertThat(Judge.rulesRefuse(plan, path)).as("the rules refuse " + path).isTrue();
    return PowerShellEmitter.standard().emit(Judge.unchecked(plan));
  }

  @Test
  void newTakesWhatItCanAndSetOnlyAttributesFollow() {
    PowerShellScript script = emit(server());
    List<CmdletCall> remote =
        script.calls().stream()
            .filter(c -> c.noun().equals("RemoteDomain") && !c.verb().equals("Get"))
            .toList();
    // 7.2.1: New-RemoteDomain takes only Name and DomainName; the rest is Set-only.
    assertThat(remote.get(0).parameterNames())
        .containsExactly("Name", "DomainName", "ErrorAction", "Confirm");
    assertThat(remote.get(1).name()).isEqualTo("Set-RemoteDomain");
    assertThat(remote.get(1).parameterNames())
        .containsExactly(
            "Identity",
            "AllowedOOFType",
            "DeliveryReportEnabled",
            "TNEFEnabled",
            "TrustedMailInboundEnabled",
            "TrustedMailOutboundEnabled",
            "ErrorAction",
            "Confirm");
    // Found by its DomainName, the remote domain is changed through the Guid of what was found.
    assertThat(remote.get(1).parameter("Identity"))
        .contains(Parameter.of("Identity", new PsValue.GuidOf("remoteDomains0")));
  }

  @Test
  void dnsRoutingOffAndSmartHostsShareTheirLine() {
    for (CmdletCall call : emit(server()).calls()) {
      if (call.parameter("DNSRoutingEnabled").isPresent()) {
        assertThat(call.parameterNames()).as(call.name()).contains("SmartHosts");
      }
    }
  }

  @Test
  void receiveConnectorsAreLookedUpAndSetOnTheirServer() {
    PowerShellScript script = emit(server());
    assertThat(script.calls())
        .contains(
            CmdletCall.exchange(
                "Get-ReceiveConnector",
                List.of(Parameter.of("Server", PsValue.text("EX02"))),
                false));
    assertThat(script.calls())
        .filteredOn(c -> c.name().equals("Set-ReceiveConnector"))
        .extracting(c -> c.parameter("Identity").orElseThrow())
        .containsExactly(
            Parameter.of("Identity", PsValue.text("EX01\\Inbound from Domino")),
            Parameter.of("Identity", PsValue.text("EX02\\Inbound from Domino")));
  }

  @Test
  void everyManagedAttributeReachesExchangeOnCreationAndOnUpdate() {
    for (Environment environment : Environment.values()) {
      for (long seed : PlanGenerator.validSeeds(environment, 20)) {
        ValidatedPlan valid = PlanGenerator.valid(environment, seed);
        PowerShellScript script = PowerShellEmitter.standard().emit(valid);
        Platform platform = valid.plan().platform();
        for (ObjectKind kind : ObjectKind.values()) {
          List<? extends ExchangeObject> objects = valid.plan().objects(kind);
          for (int i = 0; i < objects.size(); i++) {
            check(script, kind, i, objects.get(i), platform);
          }
        }
      }
    }
  }

  private static void check(
      PowerShellScript script,
      ObjectKind kind,
      int index,
      ExchangeObject object,
      Platform platform) {
    String path = kind.planKey() + "[" + index + "]";
    Set<String> managed = new HashSet<>();
    Set<String> settable = new HashSet<>();
    for (Attribute a : kind.attributes()) {
      boolean falseSwitch =
          a.switchParameter() && a.valueIn(object).map(Boolean.FALSE::equals).orElse(false);
      if (!a.key().equals("name") && a.isManagedIn(object) && !falseSwitch) {
        managed.add(a.parameter());
        if (a.setPlatforms().contains(platform)) {
          settable.add(a.parameter());
        }
      }
    }
    Set<String> onCreate = new HashSet<>();
    Set<String> onUpdate = new HashSet<>();
    boolean created = false;
    for (Statement s : script.allStatements()) {
      if (s instanceof Statement.If branch
          && branch.trace().source().equals(path)
          && branch.condition() instanceof Condition.Absent) {
        created = collect(branch.then(), onCreate);
        collect(branch.otherwise(), onUpdate);
      }
    }
    onCreate.removeAll(Set.of("Name", "Identity", "Confirm", "ErrorAction"));
    onUpdate.removeAll(Set.of("Identity", "Confirm", "ErrorAction"));
    if (created) {
      assertThat(onCreate).as(path + " created").isEqualTo(managed);
    }
    assertThat(onUpdate).as(path + " updated").isEqualTo(settable);
  }

  private static boolean collect(List<Statement> statements, Set<String> into) {
    boolean changed = false;
    for (Statement s : statements) {
      if (s instanceof Statement.Invoke invoke
          && !invoke.call().verb().equals("Update")
          && ScriptFunction.named(invoke.call().name()).isEmpty()) {
        into.addAll(invoke.call().parameterNames());
        changed = true;
      } else if (s instanceof Statement.If branch) {
        changed |= collect(branch.then(), into);
      }
    }
    return changed;
  }

  @Test
  void objectsThePlanCannotCreateAreCheckedAndStopTheScriptWhenMissing() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(server())
            .remoteDomains(
                List.of(
                    RemoteDomain.builder().name("domino.contoso.com").tnefEnabled(false).build()))
            .build();
    PowerShellScript script = emit(plan);
    assertThat(script.calls()).noneMatch(c -> c.name().equals("New-RemoteDomain"));
    assertThat(script.allStatements())
        .anyMatch(
            s ->
                s instanceof Statement.Throw t
                    && t.message()
                        .value()
                        .startsWith(
                            "RemoteDomain domino.contoso.com is missing; the plan gives no domainName"));
    // The block around it adds the plan path to whatever stops the run.
    assertThat(script.text())
        .contains("    } catch {\r\n        throw ('remoteDomains[0]: ' + $_.Exception.Message)");
  }

  @Test
  void refusesObjectKindsTheDialectLacks() {
    CoexistencePlan sendInOnline =
        CoexistencePlan.builder()
            .from(online())
            .addSendConnector(server().sendConnectors().get(0))
            .build();
    assertThatThrownBy(() -> emitRefused(sendInOnline, "sendConnectors"))
        .isInstanceOf(EmissionException.class)
        .hasMessage(
            "sendConnectors[0]: send connectors are Exchange Server only; Exchange Online uses outbound connectors (E8)");
    CoexistencePlan policyInOnline =
        CoexistencePlan.builder()
            .from(online())
            .addEmailAddressPolicy(server().emailAddressPolicies().get(0))
            .build();
    assertThatThrownBy(() -> PowerShellEmitter.standard().emit(Judge.unchecked(policyInOnline)))
        .hasMessageContaining("(E15)");
    CoexistencePlan inboundOnServer =
        CoexistencePlan.builder()
            .from(server())
            .addInboundConnector(online().inboundConnectors().get(0))
            .build();
    assertThatThrownBy(() -> RollbackEmitter.standard().emit(Judge.unchecked(inboundOnServer)))
        .hasMessageStartingWith(
            "inboundConnectors[0]: inbound connectors are Exchange Online only");
  }

  @Test
  void refusesAttributesThePlatformLacks() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(server())
            .remoteDomains(
                List.of(
                    RemoteDomain.builder()
                        .from(server().remoteDomains().get(0))
                        .isCoexistenceDomain(true)
                        .build()))
            .build();
    assertThatThrownBy(() -> emitRefused(plan, "remoteDomains[0].isCoexistenceDomain"))
        .isInstanceOf(EmissionException.class)
        .hasMessage(
            "remoteDomains[0].isCoexistenceDomain: -IsCoexistenceDomain is not available in Exchange Server 2019");
  }

  @Test
  void refusesAReceiveConnectorWithoutItsServer() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(server())
            .receiveConnectors(
                List.of(
                    ReceiveConnector.builder()
                        .from(server().receiveConnectors().get(0))
                        .server(java.util.Optional.empty())
                        .build()))
            .build();
    assertThatThrownBy(() -> PowerShellEmitter.standard().emit(Judge.unchecked(plan)))
        .hasMessage(
            "receiveConnectors[0].server: a receive connector belongs to one server (E21); name the server");
  }

  @Test
  void refusesUsageTogetherWithAUsageSwitch() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(server())
            .sendConnectors(
                List.of(
                    SendConnector.builder()
                        .from(server().sendConnectors().get(0))
                        .custom(true)
                        .build()))
            .build();
    assertThatThrownBy(() -> PowerShellEmitter.standard().emit(Judge.unchecked(plan)))
        .hasMessage(
            "sendConnectors[0].usage: -Usage and the usage switches are exclusive; the plan sets custom and usage");
  }

  @Test
  void appOnlyNeedsTheTenant() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(online())
            .tenant(java.util.Optional.<SmtpDomain>empty())
            .connection(
                io.github.coexist.core.model.Connection.builder()
                    .appId("a")
                    .certificateThumbprint("b")
                    .build())
            .build();
    assertThatThrownBy(() -> PowerShellEmitter.standard().emit(Judge.unchecked(plan)))
        .hasMessage("tenant: an app-only connection needs the tenant (-Organization)");
  }

  @Test
  void theScriptIsTheSameDataEveryTime() {
    assertThat(emit(server())).isEqualTo(emit(server()));
    assertThat(emit(online()).hashCode()).isEqualTo(emit(online()).hashCode());
  }
}
