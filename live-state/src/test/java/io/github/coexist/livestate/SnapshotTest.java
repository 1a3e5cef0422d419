package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotTest {
  private static LiveObject accepted(String name) {
    return LiveObject.of(
        AcceptedDomain.builder()
            .name(name)
            .domainName(SmtpDomain.parse(name))
            .domainType(AcceptedDomainType.AUTHORITATIVE)
            .build(),
        name,
        Optional.of("6f1d2f57-0f2e-4f39-9d0e-0d6c1b7f9a11"),
        Map.of("WhenChanged", "2024-01-02T03:04:05"));
  }

  @Test
  void kindsNotGivenAreNotCoveredAndReadingsFollowKindOrder() {
    Snapshot snapshot =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_SERVER)
            .reading(ObjectKind.SEND_CONNECTOR, new KindReading.Unreadable("access denied"))
            .reading(ObjectKind.ACCEPTED_DOMAIN, new KindReading.Read(List.of(accepted("a.com"))))
            .build();

    assertThat(snapshot.readings().keySet()).containsExactly(ObjectKind.values());
    assertThat(snapshot.reading(ObjectKind.REMOTE_DOMAIN)).isEqualTo(new KindReading.NotCovered());
    assertThat(snapshot.reading(ObjectKind.SEND_CONNECTOR).isKnown()).isFalse();
    assertThat(snapshot.objectsIfRead(ObjectKind.ACCEPTED_DOMAIN)).hasSize(1);
    assertThat(snapshot.toString())
        .contains("sendConnectors=unreadable", "acceptedDomains=1 objects");
  }

  @Test
  void combineJoinsDisjointKinds() {
    Snapshot one =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_ONLINE)
            .reading(ObjectKind.ACCEPTED_DOMAIN, new KindReading.Read(List.of(accepted("a.com"))))
            .build();
    Snapshot two =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_ONLINE)
            .reading(ObjectKind.REMOTE_DOMAIN, new KindReading.Read(List.of()))
            .build();

    Snapshot both = Snapshot.combine(List.of(one, two));

    assertThat(both.reading(ObjectKind.ACCEPTED_DOMAIN))
        .isEqualTo(one.reading(ObjectKind.ACCEPTED_DOMAIN));
    assertThat(both.reading(ObjectKind.REMOTE_DOMAIN)).isEqualTo(new KindReading.Read(List.of()));
    assertThat(both.reading(ObjectKind.SEND_CONNECTOR)).isInstanceOf(KindReading.NotCovered.class);
  }

  @Test
  void combineRefusesAKindReadTwiceOrTwoEnvironments() {
    Snapshot one =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_ONLINE)
            .reading(ObjectKind.ACCEPTED_DOMAIN, new KindReading.Read(List.of()))
            .build();
    Snapshot server =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_SERVER)
            .reading(ObjectKind.REMOTE_DOMAIN, new KindReading.Read(List.of()))
            .build();

    assertThatThrownBy(() -> Snapshot.combine(List.of(one, one)))
        .hasMessage("acceptedDomains is covered by two inputs; give each kind once");
    assertThatThrownBy(() -> Snapshot.combine(List.of(one, server)))
        .hasMessageContaining("exchange-online and exchange-server");
    assertThatThrownBy(() -> Snapshot.combine(List.of())).hasMessage("no snapshot to combine");
  }

  @Test
  void builderRefusesAnObjectOfAnotherKindAndAMissingEnvironment() {
    LiveObject remote =
        LiveObject.of(
            RemoteDomain.builder().name("r").domainName(SmtpDomain.parse("r.com")).build(),
            "r",
            Optional.empty(),
            Map.of());

    assertThatThrownBy(
            () ->
                Snapshot.builder()
                    .environment(Environment.EXCHANGE_ONLINE)
                    .reading(ObjectKind.ACCEPTED_DOMAIN, new KindReading.Read(List.of(remote)))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RemoteDomain r read as one of acceptedDomains");
    assertThatThrownBy(() -> Snapshot.builder().build())
        .hasMessage("a snapshot needs an environment");
  }

  @Test
  void liveObjectKeepsReadOnlyPropertiesSortedAndComparesByValue() {
    LiveObject object = accepted("a.com");

    assertThat(object.readOnly()).containsExactly(Map.entry("WhenChanged", "2024-01-02T03:04:05"));
    assertThat(object).isEqualTo(accepted("a.com")).hasSameHashCodeAs(accepted("a.com"));
    assertThat(object).isNotEqualTo(accepted("b.com"));
    assertThat(object.toString()).isEqualTo("AcceptedDomain a.com");
  }
}
