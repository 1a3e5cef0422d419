package io.github.coexist.livestate.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.Snapshot;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftTest {
  private static final SendConnector TO_DOMINO =
      SendConnector.builder()
          .name("To Domino")
          .addAddressSpaces(AddressSpace.parse("domino.contoso.com"))
          .addSmartHosts(SmartHost.parse("10.1.1.1"), SmartHost.parse("relay.contoso.com"))
          .requireTls(true)
          .comment("Coexistence")
          .build();

  private static final ReceiveConnector FROM_DOMINO =
      ReceiveConnector.builder()
          .name("From Domino")
          .server("EX01")
          .addRemoteIpRanges(IpRange.parse("10.1.1.1"))
          .build();

  private static final AcceptedDomain DOMINO_DOMAIN =
      AcceptedDomain.builder()
          .name("Domino routing")
          .domainName(SmtpDomain.parse("domino.contoso.com"))
          .domainType(AcceptedDomainType.INTERNAL_RELAY)
          .build();

  private static CoexistencePlan serverPlan() {
    return CoexistencePlan.builder()
        .environment(Environment.EXCHANGE_SERVER)
        .domains(Domains.of("contoso.com", "domino.contoso.com", "exch.contoso.com"))
        .addSendConnectors(TO_DOMINO)
        .addReceiveConnectors(FROM_DOMINO)
        .addAcceptedDomains(DOMINO_DOMAIN)
        .build();
  }

  private static Attribute attribute(ObjectKind kind, String key) {
    return kind.attribute(key).orElseThrow();
  }

  private static LiveObject live(Object object) {
    return PlanAsSnapshot.live((io.github.coexist.core.model.ExchangeObject) object);
  }

  private static Snapshot snapshot(ObjectKind kind, LiveObject... objects) {
    Snapshot base = PlanAsSnapshot.of(serverPlan());
    Snapshot.Builder builder = Snapshot.builder().environment(Environment.EXCHANGE_SERVER);
    base.readings().forEach(builder::reading);
    return builder.reading(kind, new KindReading.Read(List.of(objects))).build();
  }

  @Test
  void aPlanAgainstItsOwnSnapshotIsInSync() {
    Drift drift = Drift.between(serverPlan(), PlanAsSnapshot.of(serverPlan()));

    assertThat(drift.isInSync()).isTrue();
    assertThat(drift.status()).isEqualTo(Drift.Status.IN_SYNC);
    assertThat(drift.differences()).isEmpty();
    assertThat(drift.unmanaged()).isEmpty();
  }

  @Test
  void aDifferentAttributeIsOneDifferenceAtItsPathWithBothValues() {
    SendConnector changed =
        SendConnector.builder()
            .from(TO_DOMINO)
            .smartHosts(List.of(SmartHost.parse("10.9.9.9")))
            .build();
    Drift drift = Drift.between(serverPlan(), snapshot(ObjectKind.SEND_CONNECTOR, live(changed)));

    assertThat(drift.status()).isEqualTo(Drift.Status.DRIFT);
    assertThat(drift.differences()).hasSize(1);
    Drift.Difference d = drift.differences().get(0);
    assertThat(d.type()).isEqualTo(Drift.Type.DIFFERS);
    assertThat(d.path()).isEqualTo("sendConnectors[0].smartHosts");
    assertThat(d.attribute()).contains(attribute(ObjectKind.SEND_CONNECTOR, "smartHosts"));
    assertThat(d.planned()).contains(TO_DOMINO.smartHosts());
    assertThat(d.live()).contains(List.of(SmartHost.parse("10.9.9.9")));
    assertThat(drift.at("sendConnectors[0]")).containsExactly(d);
    assertThat(drift.at("sendConnectors[1]")).isEmpty();
  }

  @Test
  void orderCaseAndEquivalentFormsAreNotDrift() {
    SendConnector reordered =
        SendConnector.builder()
            .name("TO DOMINO")
            .addAddressSpaces(AddressSpace.parse("smtp:Domino.Contoso.com;1"))
            .addSmartHosts(SmartHost.parse("Relay.Contoso.com"), SmartHost.parse("[10.1.1.1]"))
            .requireTls(true)
            .comment("Coexistence")
            .build();
    ReceiveConnector ranges =
        ReceiveConnector.builder()
            .from(FROM_DOMINO)
            .server("ex01")
            .remoteIpRanges(List.of(IpRange.parse("10.1.1.1-10.1.1.1")))
            .build();
    Snapshot live =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_SERVER)
            .reading(ObjectKind.SEND_CONNECTOR, new KindReading.Read(List.of(live(reordered))))
            .reading(ObjectKind.RECEIVE_CONNECTOR, new KindReading.Read(List.of(live(ranges))))
            .reading(ObjectKind.ACCEPTED_DOMAIN, new KindReading.Read(List.of(live(DOMINO_DOMAIN))))
            .build();

    assertThat(Drift.between(serverPlan(), live).isInSync()).isTrue();
  }

  @Test
  void aMissingObjectIsOneDifferenceAtTheObjectsPath() {
    Drift drift = Drift.between(serverPlan(), snapshot(ObjectKind.SEND_CONNECTOR));

    assertThat(drift.differences())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.type()).isEqualTo(Drift.Type.MISSING);
              assertThat(d.path()).isEqualTo("sendConnectors[0]");
              assertThat(d.object()).isEqualTo(TO_DOMINO);
              assertThat(d.attribute()).isEmpty();
            });
  }

  @Test
  void anUnreadableOrUncoveredKindIsUnknownNeverMissing() {
    Snapshot live =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_SERVER)
            .reading(ObjectKind.SEND_CONNECTOR, new KindReading.Unreadable("Access denied"))
            .reading(ObjectKind.ACCEPTED_DOMAIN, new KindReading.Read(List.of(live(DOMINO_DOMAIN))))
            .build();
    Drift drift = Drift.between(serverPlan(), live);

    assertThat(drift.differences()).isEmpty();
    assertThat(drift.status()).isEqualTo(Drift.Status.UNKNOWN);
    assertThat(drift.isInSync()).isFalse();
    assertThat(drift.unknown())
        .containsExactly(
            new Drift.Unknown(
                ObjectKind.SEND_CONNECTOR, "Get-SendConnector failed: Access denied", 1),
            new Drift.Unknown(
                ObjectKind.RECEIVE_CONNECTOR, "no input covers receiveConnectors", 1));
  }

  @Test
  void kindsThePlanDoesNotManageAreNeitherUnknownNorDrift() {
    Snapshot live =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_SERVER)
            .reading(ObjectKind.SEND_CONNECTOR, new KindReading.Read(List.of(live(TO_DOMINO))))
            .reading(ObjectKind.RECEIVE_CONNECTOR, new KindReading.Read(List.of(live(FROM_DOMINO))))
            .reading(ObjectKind.ACCEPTED_DOMAIN, new KindReading.Read(List.of(live(DOMINO_DOMAIN))))
            .reading(ObjectKind.REMOTE_DOMAIN, new KindReading.Unreadable("timeout"))
            .build();

    assertThat(Drift.between(serverPlan(), live).isInSync()).isTrue();
  }

  @Test
  void liveObjectsThePlanLacksAreUnmanagedNotDrift() {
    SendConnector internet = SendConnector.builder().name("Internet").build();
    Drift drift =
        Drift.between(
            serverPlan(), snapshot(ObjectKind.SEND_CONNECTOR, live(internet), live(TO_DOMINO)));

    assertThat(drift.isInSync()).isTrue();
    assertThat(drift.unmanaged())
        .containsExactly(new Drift.Unmanaged(ObjectKind.SEND_CONNECTOR, "Internet"));
  }

  @Test
  void anAttributeTheInputDidNotReportIsNotReportedNotDrift() {
    SendConnector withoutTls =
        SendConnector.builder().from(TO_DOMINO).requireTls(Optional.empty()).build();
    Drift drift =
        Drift.between(serverPlan(), snapshot(ObjectKind.SEND_CONNECTOR, live(withoutTls)));

    assertThat(drift.isInSync()).isTrue();
    assertThat(drift.notReported())
        .containsExactly(
            new Drift.NotReported(
                "sendConnectors[0].requireTls",
                TO_DOMINO,
                attribute(ObjectKind.SEND_CONNECTOR, "requireTls"),
                Optional.empty()));
  }

  @Test
  void aRefusedLiveValueIsNotKnownAndSaysWhy() {
    SendConnector withoutTls =
        SendConnector.builder().from(TO_DOMINO).requireTls(Optional.empty()).build();
    LiveObject live =
        LiveObject.of(
            withoutTls,
            "To Domino",
            Optional.empty(),
            Map.of(),
            Map.of("RequireTLS", "line 7: \"maybe\" is not a boolean"));
    Drift drift = Drift.between(serverPlan(), snapshot(ObjectKind.SEND_CONNECTOR, live));

    assertThat(drift.isInSync()).isTrue();
    assertThat(drift.notReported())
        .singleElement()
        .satisfies(n -> assertThat(n.refused()).contains("line 7: \"maybe\" is not a boolean"));
  }

  @Test
  void aReportedNullDiffersFromAPlannedValue() {
    SendConnector nulled =
        SendConnector.builder()
            .from(TO_DOMINO)
            .requireTls(Optional.empty())
            .explicitNulls(List.of("requireTls"))
            .build();
    Drift drift = Drift.between(serverPlan(), snapshot(ObjectKind.SEND_CONNECTOR, live(nulled)));

    assertThat(drift.differences())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("sendConnectors[0].requireTls");
              assertThat(d.planned()).contains(true);
              assertThat(d.live()).isEmpty();
            });
  }

  @Test
  void domainsAreMatchedByTheirDomainAndMayBeRenamed() {
    AcceptedDomain renamed =
        AcceptedDomain.builder().from(DOMINO_DOMAIN).name("domino.contoso.com").build();
    AcceptedDomain other =
        AcceptedDomain.builder()
            .from(DOMINO_DOMAIN)
            .domainName(SmtpDomain.parse("other.contoso.com"))
            .name("Domino routing")
            .build();
    Drift drift =
        Drift.between(
            serverPlan(), snapshot(ObjectKind.ACCEPTED_DOMAIN, live(other), live(renamed)));

    assertThat(drift.differences())
        .singleElement()
        .satisfies(d -> assertThat(d.path()).isEqualTo("acceptedDomains[0].name"));
    assertThat(drift.unmanaged())
        .containsExactly(new Drift.Unmanaged(ObjectKind.ACCEPTED_DOMAIN, "Domino routing"));
  }

  @Test
  void receiveConnectorsAreMatchedOnTheirServer() {
    ReceiveConnector otherServer =
        ReceiveConnector.builder().from(FROM_DOMINO).server("EX02").build();
    Drift drift =
        Drift.between(serverPlan(), snapshot(ObjectKind.RECEIVE_CONNECTOR, live(otherServer)));

    assertThat(drift.differences())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.type()).isEqualTo(Drift.Type.MISSING);
              assertThat(d.path()).isEqualTo("receiveConnectors[0]");
            });
    assertThat(drift.unmanaged())
        .containsExactly(new Drift.Unmanaged(ObjectKind.RECEIVE_CONNECTOR, "EX02\\From Domino"));
  }

  @Test
  void aLiveReceiveConnectorWithoutServerIsMatchedByItsIdentity() {
    ReceiveConnector noServer =
        ReceiveConnector.builder().from(FROM_DOMINO).server(Optional.empty()).build();
    LiveObject live = LiveObject.of(noServer, "EX01\\From Domino", Optional.empty(), Map.of());
    Drift drift = Drift.between(serverPlan(), snapshot(ObjectKind.RECEIVE_CONNECTOR, live));

    assertThat(drift.differences()).isEmpty();
    assertThat(drift.notReported())
        .extracting(Drift.NotReported::path)
        .containsExactly("receiveConnectors[0].server");
  }

  @Test
  void objectsWithOneIdentityAreMatchedInOrder() {
    SendConnector second = SendConnector.builder().from(TO_DOMINO).comment("second").build();
    CoexistencePlan plan =
        CoexistencePlan.builder().from(serverPlan()).addSendConnectors(second).build();

    assertThat(Drift.between(plan, PlanAsSnapshot.of(plan)).isInSync()).isTrue();
  }

  @Test
  void onlyTheKindsAskedForAreCompared() {
    Drift drift =
        Drift.between(
            serverPlan(),
            snapshot(ObjectKind.SEND_CONNECTOR),
            EnumSet.of(ObjectKind.RECEIVE_CONNECTOR));

    assertThat(drift.isInSync()).isTrue();
  }

  @Test
  void aSnapshotOfAnotherEnvironmentIsRefused() {
    Snapshot online =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_ONLINE)
            .reading(
                ObjectKind.INBOUND_CONNECTOR,
                new KindReading.Read(
                    List.of(live(InboundConnector.builder().name("From Domino").build()))))
            .build();

    assertThatThrownBy(() -> Drift.between(serverPlan(), online))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the plan is for exchange-server but the snapshot was taken of exchange-online");
  }
}
