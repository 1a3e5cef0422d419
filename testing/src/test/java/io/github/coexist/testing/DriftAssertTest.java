package io.github.coexist.testing;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import io.github.coexist.testplans.ScenarioPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftAssertTest {
  private final CoexistencePlan plan = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);

  private Snapshot with(ObjectKind kind, KindReading reading) {
    Snapshot.Builder live = Snapshot.builder().environment(plan.environment());
    PlanAsSnapshot.of(plan).readings().forEach(live::reading);
    return live.reading(kind, reading).build();
  }

  private Drift changedSmartHosts() {
    SendConnector changed =
        SendConnector.builder()
            .from(plan.sendConnectors().get(0))
            .smartHosts(List.of(SmartHost.parse("10.9.9.9")))
            .build();
    return Drift.between(
        plan,
        with(
            ObjectKind.SEND_CONNECTOR,
            new KindReading.Read(List.of(PlanAsSnapshot.live(changed)))));
  }

  @Test
  void passesOnWhatTheDriftHas() {
    assertThat(Drift.between(plan, PlanAsSnapshot.of(plan)))
        .isInSync()
        .doesNotDifferAt("sendConnectors");
    assertThat(changedSmartHosts())
        .differsAt("sendConnectors[0].smartHosts")
        .differsOnlyAt("sendConnectors[0].smartHosts")
        .doesNotDifferAt("receiveConnectors[0]");
    Drift missing =
        Drift.between(plan, with(ObjectKind.RECEIVE_CONNECTOR, new KindReading.Read(List.of())));
    assertThat(missing).isMissing("receiveConnectors[1]").differsAt("receiveConnectors[0]");
    assertThat(
            Drift.between(plan, with(ObjectKind.SEND_CONNECTOR, new KindReading.Unreadable("x"))))
        .hasUnknownKind(ObjectKind.SEND_CONNECTOR);
  }

  @Test
  void failuresQuoteTheDriftReport() {
    Drift drift = changedSmartHosts();

    assertThatThrownBy(() -> assertThat(drift).isInSync())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the organisation in sync with the plan, but:")
        .hasMessageContaining("DIFFERS sendConnectors[0].smartHosts");
    assertThatThrownBy(() -> assertThat(drift).differsAt("sendConnectors[0].requireTls"))
        .hasMessageStartingWith("Expected a difference at sendConnectors[0].requireTls, but:");
    assertThatThrownBy(() -> assertThat(drift).isMissing("sendConnectors[0].smartHosts"))
        .hasMessageStartingWith("Expected sendConnectors[0].smartHosts missing");
    assertThatThrownBy(() -> assertThat(drift).doesNotDifferAt("sendConnectors[0]"))
        .hasMessageStartingWith("Expected no difference at sendConnectors[0]");
    assertThatThrownBy(() -> assertThat(drift).differsOnlyAt("receiveConnectors[0]"))
        .hasMessageStartingWith("Expected differences exactly at [receiveConnectors[0]]");
    assertThatThrownBy(() -> assertThat(drift).hasUnknownKind(ObjectKind.REMOTE_DOMAIN))
        .hasMessageStartingWith("Expected remoteDomains unknown");
  }
}
