package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.model.SendConnectorUsage;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import io.github.coexist.livestate.fixtures.LiveEdits;
import io.github.coexist.testplans.Judge;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Change-only scripts ({@link PowerShellEmitter#emitAgainst}): statements only for what differs,
 * with every safety property of the full script (lookup before each change, ShouldProcess guards,
 * -Confirm:$false after the guard, the frame).
 */
class ChangeOnlyScriptTest {
  /** Calls that change an Exchange object (Set-StrictMode is the frame's). */
  private static final String CHANGING =
      "(New|Set|Update|Remove)-(RemoteDomain|AcceptedDomain|EmailAddressPolicy|SendConnector"
          + "|ReceiveConnector|InboundConnector|OutboundConnector)";

  private static ValidatedPlan recommended(Environment environment) {
    return GoldenScriptsTest.recommended(environment);
  }

  /** Every kind read, with the given objects in place of the plan's for one kind. */
  private static Snapshot with(CoexistencePlan plan, ObjectKind kind, List<LiveObject> objects) {
    Snapshot own = PlanAsSnapshot.of(plan);
    Snapshot.Builder live = Snapshot.builder().environment(plan.environment());
    own.readings().forEach(live::reading);
    return live.reading(kind, new KindReading.Read(objects)).build();
  }

  private static List<CmdletCall> changes(PowerShellScript script) {
    return script.calls().stream().filter(c -> c.name().matches(CHANGING)).toList();
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void aPlanInSyncGivesAScriptThatChangesNothingAndSaysSo(Environment environment) {
    ValidatedPlan valid = recommended(environment);

    PowerShellScript script =
        PowerShellEmitter.standard().emitAgainst(valid, PlanAsSnapshot.of(valid.plan()));

    assertThat(changes(script)).isEmpty();
    assertThat(script.header())
        .contains(
            new Statement.Comment(
                "The organisation held this plan when the snapshot was taken: this script changes"
                    + " nothing."));
    // The frame holds: strict mode, stop on error, the transcript, the connection.
    String full = PowerShellEmitter.standard().emit(valid).text();
    String text = script.text();
    assertThat(text)
        .contains("[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]")
        .contains("Set-StrictMode -Version Latest")
        .contains("$ErrorActionPreference = 'Stop'");
    if (environment == Environment.EXCHANGE_ONLINE) {
      assertThat(text).contains("Connect-ExchangeOnline").contains("Disconnect-ExchangeOnline");
    }
    assertThat(full).contains("Set-StrictMode -Version Latest");
  }

  @Test
  void oneDifferingAttributeIsOneSetWithOnlyThatParameter() {
    ValidatedPlan valid = recommended(Environment.EXCHANGE_SERVER);
    CoexistencePlan plan = valid.plan();
    SendConnector planned = plan.sendConnectors().get(0);
    ExchangeObject changed =
        LiveEdits.with(
            planned,
            attribute(ObjectKind.SEND_CONNECTOR, "smartHosts"),
            Optional.of(List.of(SmartHost.parse("10.9.9.9"))));

    PowerShellScript script =
        PowerShellEmitter.standard()
            .emitAgainst(
                valid,
                with(plan, ObjectKind.SEND_CONNECTOR, List.of(PlanAsSnapshot.live(changed))));

    List<CmdletCall> sets =
        script.calls().stream().filter(c -> c.name().equals("Set-SendConnector")).toList();
    assertThat(sets).hasSize(1);
    assertThat(settings(sets.get(0))).containsExactly("SmartHosts");
    // Absent by the time the script runs: created whole, as the full script would.
    PowerShellScript full = PowerShellEmitter.standard().emit(valid);
    assertThat(script.calls())
        .filteredOn(c -> c.name().equals("New-SendConnector"))
        .containsExactlyElementsOf(
            full.calls().stream().filter(c -> c.name().equals("New-SendConnector")).toList());
    // Nothing else changes: the other objects were in sync.
    assertThat(changes(script))
        .extracting(CmdletCall::name)
        .containsOnly("New-SendConnector", "Set-SendConnector");
    assertThat(script.header())
        .contains(
            new Statement.Comment(
                "1 object differed; only those are looked up and created or set, each only where"
                    + " it differed."));
    HostileTextTest.assertLinesMatchModel(script);
  }

  static Stream<Arguments> environments() {
    return Stream.of(Environment.values()).map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("environments")
  void missingObjectsAndUnknownKindsGetTheFullScriptsStatements(Environment environment) {
    ValidatedPlan valid = recommended(environment);
    PowerShellScript full = PowerShellEmitter.standard().emit(valid);

    Snapshot empty = Snapshot.builder().environment(environment).build(); // nothing covered
    Snapshot.Builder none = Snapshot.builder().environment(environment);
    for (ObjectKind kind : ObjectKind.values()) {
      none.reading(kind, new KindReading.Read(List.of())); // everything missing
    }

    for (Snapshot live : List.of(empty, none.build())) {
      PowerShellScript script = PowerShellEmitter.standard().emitAgainst(valid, live);
      assertThat(script.statements()).isEqualTo(full.statements());
      assertThat(script.parameters()).isEqualTo(full.parameters());
      assertThat(script.header()).startsWith(full.header().toArray(Statement.Comment[]::new));
    }
  }

  @Test
  void aDifferenceOnlyNewTakesIsNamedInTheHeader() {
    ValidatedPlan valid = recommended(Environment.EXCHANGE_SERVER);
    CoexistencePlan plan = valid.plan();
    ExchangeObject planned = plan.sendConnectors().get(0);
    Attribute usage = attribute(ObjectKind.SEND_CONNECTOR, "usage");
    assertThat(usage.setPlatforms()).isEmpty();
    ExchangeObject changed =
        LiveEdits.with(planned, usage, Optional.of(SendConnectorUsage.INTERNET));

    PowerShellScript script =
        PowerShellEmitter.standard()
            .emitAgainst(
                valid,
                with(plan, ObjectKind.SEND_CONNECTOR, List.of(PlanAsSnapshot.live(changed))));

    assertThat(script.header())
        .contains(
            new Statement.Comment(
                "sendConnectors[0].usage differs, but only New- sets it: re-create the"
                    + " object to change it."));
    assertThat(script.calls()).noneMatch(c -> c.name().equals("Set-SendConnector"));
  }

  @Test
  void hostileTextFromTheSnapshotNeverReachesTheScript() {
    CoexistencePlan base = recommended(Environment.EXCHANGE_SERVER).plan();
    SendConnector planned =
        SendConnector.builder()
            .from(base.sendConnectors().get(0))
            .comment("Coexistence")
            .fqdn("coex.contoso.com")
            .build();
    CoexistencePlan plan =
        CoexistencePlan.builder().from(base).sendConnectors(List.of(planned)).build();
    ValidatedPlan valid = Judge.validate(plan);
    Attribute comment = attribute(ObjectKind.SEND_CONNECTOR, "comment");
    Attribute fqdn = attribute(ObjectKind.SEND_CONNECTOR, "fqdn");
    String hostile = HostileTextTest.HOSTILE + "\r\n$(Remove-Item C:\\ -Recurse)\u0000\u202E";

    ExchangeObject hostileLive =
        LiveEdits.with(
            LiveEdits.with(planned, comment, Optional.of(hostile)), fqdn, Optional.of(hostile));
    ExchangeObject benignLive =
        LiveEdits.with(
            LiveEdits.with(planned, comment, Optional.of("other")), fqdn, Optional.of("other"));
    LiveObject unmanaged =
        LiveObject.of(
            SendConnector.builder().name(hostile).comment(hostile).build(),
            hostile,
            Optional.of(hostile),
            Map.of(hostile, hostile));

    PowerShellScript fromHostile =
        PowerShellEmitter.standard()
            .emitAgainst(
                valid,
                with(
                    plan,
                    ObjectKind.SEND_CONNECTOR,
                    List.of(
                        unmanaged,
                        LiveObject.of(hostileLive, hostile, Optional.empty(), Map.of()))));
    PowerShellScript fromBenign =
        PowerShellEmitter.standard()
            .emitAgainst(
                valid,
                with(plan, ObjectKind.SEND_CONNECTOR, List.of(PlanAsSnapshot.live(benignLive))));

    // Only the differences (paths of the plan) decide the script: live text is never written.
    assertThat(fromHostile.text())
        .isEqualTo(fromBenign.text())
        .doesNotContain("Remove-Item")
        .doesNotContain("\u202E");
    assertThat(fromHostile.calls())
        .filteredOn(c -> c.name().equals("Set-SendConnector"))
        .singleElement()
        .satisfies(c -> assertThat(settings(c)).containsExactlyInAnyOrder("Comment", "Fqdn"));
    HostileTextTest.assertLinesMatchModel(fromHostile);
  }

  @Test
  void aSnapshotOfTheOtherEnvironmentIsRefused() {
    ValidatedPlan valid = recommended(Environment.EXCHANGE_SERVER);
    Snapshot online = Snapshot.builder().environment(Environment.EXCHANGE_ONLINE).build();

    assertThatThrownBy(() -> PowerShellEmitter.standard().emitAgainst(valid, online))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exchange-online");
  }

  /** The parameters a call sets: all but -Identity and the common -ErrorAction and -Confirm. */
  static List<String> settings(CmdletCall call) {
    return call.parameterNames().stream()
        .filter(p -> !List.of("Identity", "ErrorAction", "Confirm").contains(p))
        .toList();
  }

  private static Attribute attribute(ObjectKind kind, String key) {
    return kind.attribute(key).orElseThrow();
  }
}
