package io.github.coexist.livestate.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.PlanGenerator;
import io.github.coexist.testplans.ScenarioPlans;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlanImportTest {
  private static final EnumSet<ObjectKind> ALL = EnumSet.allOf(ObjectKind.class);

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  /**
   * Import, write as YAML and JSON, read back: the plan holds every object with every attribute,
   * and diffing it against the same snapshot is in sync.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void anImportedPlanIsInSyncWithItsSnapshotAfterAFileRoundTrip(long seed) {
    CoexistencePlan original = new PlanGenerator(seed).plan();
    Snapshot live = PlanAsSnapshot.of(original);

    PlanImport imported = PlanImport.of(live, ALL, Optional.of(original.domains()));

    assertThat(imported.rejected()).isEmpty();
    assertThat(imported.unknown()).isEmpty();
    for (ObjectKind kind : ObjectKind.values()) {
      assertThat(imported.plan().objects(kind)).isEqualTo(original.objects(kind));
    }
    for (PlanFormat format : PlanFormat.values()) {
      String text = PlanWriter.write(imported.plan(), format);
      CoexistencePlan read = PlanReader.standard().read(text, "imported." + format);
      assertThat(Drift.between(read, live).isInSync()).as("seed %d, %s", seed, format).isTrue();
    }
  }

  /**
   * The organisation a recommended plan was applied to: the plan's objects and, as every
   * organisation has, its primary accepted domain marked {@code Default} (last, so that the mark
   * and not the order decides).
   */
  private static Snapshot organisation(CoexistencePlan plan) {
    Snapshot own = PlanAsSnapshot.of(plan);
    List<LiveObject> accepted = new ArrayList<>();
    for (LiveObject domain : own.objectsIfRead(ObjectKind.ACCEPTED_DOMAIN)) {
      if (!domain.object().name().equals("contoso.com")) { // Exchange Online plans check it
        accepted.add(domain);
      }
    }
    accepted.add(
        LiveObject.of(
            AcceptedDomain.builder()
                .name("contoso.com")
                .domainName(SmtpDomain.parse("contoso.com"))
                .domainType(AcceptedDomainType.AUTHORITATIVE)
                .build(),
            "contoso.com",
            Optional.empty(),
            Map.of("Default", "True")));
    Snapshot.Builder live = Snapshot.builder().environment(plan.environment());
    own.readings().forEach(live::reading);
    return live.reading(ObjectKind.ACCEPTED_DOMAIN, new KindReading.Read(accepted)).build();
  }

  private static int accepted(Snapshot live) {
    return live.objectsIfRead(ObjectKind.ACCEPTED_DOMAIN).size();
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void theOrganisationShowsItsDomains(Environment environment) {
    CoexistencePlan plan = ScenarioPlans.recommended(environment);
    Snapshot live = organisation(plan);

    PlanImport imported = PlanImport.of(live, ALL, Optional.empty());

    assertThat(imported.plan().domains()).isEqualTo(plan.domains());
    assertThat(imported.plan().acceptedDomains()).hasSize(accepted(live));
    assertThat(Drift.between(imported.plan(), live).isInSync()).isTrue();
  }

  @Test
  void withoutAcceptedDomainsTheDomainsMustBeGiven() {
    Snapshot live =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_SERVER)
            .reading(
                ObjectKind.SEND_CONNECTOR,
                new KindReading.Read(
                    List.of(PlanAsSnapshot.live(SendConnector.builder().name("x").build()))))
            .build();

    assertThatThrownBy(() -> PlanImport.of(live, ALL, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--primary-domain");
    Domains given = Domains.of("contoso.com", "domino.contoso.com", "exch.contoso.com");
    assertThat(PlanImport.of(live, ALL, Optional.of(given)).plan().sendConnectors()).hasSize(1);
  }

  @Test
  void unreadableKindsAreListedAndImportNothing() {
    CoexistencePlan plan = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    Snapshot own = PlanAsSnapshot.of(plan);
    Snapshot.Builder live = Snapshot.builder().environment(Environment.EXCHANGE_SERVER);
    own.readings().forEach(live::reading);
    live.reading(ObjectKind.SEND_CONNECTOR, new KindReading.Unreadable("Access is denied."));

    PlanImport imported = PlanImport.of(live.build(), ALL, Optional.of(plan.domains()));

    assertThat(imported.plan().sendConnectors()).isEmpty();
    assertThat(imported.unknown())
        .containsExactly(
            new PlanImport.Unknown(
                ObjectKind.SEND_CONNECTOR, "Get-SendConnector failed: Access is denied."));
    assertThat(Drift.between(imported.plan(), live.build()).isInSync()).isTrue();
  }

  @Test
  void onlyTheKindsAskedForAreImportedAndAnUncoveredOneIsNamed() {
    CoexistencePlan plan = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    Snapshot live =
        Snapshot.builder()
            .environment(Environment.EXCHANGE_SERVER)
            .reading(
                ObjectKind.RECEIVE_CONNECTOR,
                PlanAsSnapshot.of(plan).reading(ObjectKind.RECEIVE_CONNECTOR))
            .build();

    PlanImport imported =
        PlanImport.of(
            live,
            EnumSet.of(ObjectKind.RECEIVE_CONNECTOR, ObjectKind.SEND_CONNECTOR),
            Optional.of(plan.domains()));

    assertThat(imported.plan().receiveConnectors()).isEqualTo(plan.receiveConnectors());
    assertThat(imported.plan().acceptedDomains()).isEmpty();
    assertThat(imported.unknown())
        .containsExactly(
            new PlanImport.Unknown(ObjectKind.SEND_CONNECTOR, "no input covers sendConnectors"));
  }
}
