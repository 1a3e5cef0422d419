package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import io.github.coexist.livestate.fixtures.LiveEdits;
import io.github.coexist.testplans.PlanGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Change-only scripts of random valid plans (the emitter tests' fixed-seed generator): in sync they
 * change nothing; against an organisation that has none of the objects they are the full script;
 * one attribute reported as {@code $null} is one Set- with that parameter alone.
 */
class ChangeOnlyPropertyTest {
  private static final String CHANGING =
      "(New|Set|Update|Remove)-(RemoteDomain|AcceptedDomain|EmailAddressPolicy|SendConnector"
          + "|ReceiveConnector|InboundConnector|OutboundConnector)";

  static Stream<Arguments> plans() {
    return Stream.of(Environment.values())
        .flatMap(e -> PlanGenerator.validSeeds(e, 25).stream().map(s -> Arguments.of(e, s)));
  }

  @ParameterizedTest
  @MethodSource("plans")
  void inSyncChangesNothing(Environment environment, long seed) {
    ValidatedPlan valid = PlanGenerator.valid(environment, seed);

    PowerShellScript script =
        PowerShellEmitter.standard().emitAgainst(valid, PlanAsSnapshot.of(valid.plan()));

    assertThat(script.calls()).noneMatch(c -> c.name().matches(CHANGING));
  }

  @ParameterizedTest
  @MethodSource("plans")
  void againstAnEmptyOrganisationItIsTheFullScript(Environment environment, long seed) {
    ValidatedPlan valid = PlanGenerator.valid(environment, seed);
    Snapshot.Builder empty = Snapshot.builder().environment(environment);
    for (ObjectKind kind : ObjectKind.values()) {
      empty.reading(kind, new KindReading.Read(List.of()));
    }

    assertThat(PowerShellEmitter.standard().emitAgainst(valid, empty.build()).statements())
        .isEqualTo(PowerShellEmitter.standard().emit(valid).statements());
  }

  @ParameterizedTest
  @MethodSource("plans")
  void oneAttributeReportedNullIsOneSetOfThatParameter(Environment environment, long seed) {
    ValidatedPlan valid = PlanGenerator.valid(environment, seed);
    CoexistencePlan plan = valid.plan();
    List<Object[]> candidates = new ArrayList<>();
    for (ObjectKind kind : ObjectKind.values()) {
      List<? extends ExchangeObject> objects = plan.objects(kind);
      for (int i = 0; i < objects.size(); i++) {
        for (Attribute attribute : kind.attributes()) {
          if (attribute.valueIn(objects.get(i)).isPresent()
              && attribute.setPlatforms().contains(plan.platform())
              && !attribute.key().equals("name")
              && !attribute.switchParameter()) { // a switch is an action, not a stored value
            candidates.add(new Object[] {kind, i, attribute});
          }
        }
      }
    }
    if (candidates.isEmpty()) {
      return; // nothing a Set- could change
    }
    Object[] pick = candidates.get(new Random(seed).nextInt(candidates.size()));
    ObjectKind kind = (ObjectKind) pick[0];
    int index = (int) pick[1];
    Attribute attribute = (Attribute) pick[2];
    Snapshot own = PlanAsSnapshot.of(plan);
    List<LiveObject> objects = new ArrayList<>(own.objectsIfRead(kind));
    objects.set(
        index,
        PlanAsSnapshot.live(
            LiveEdits.with(plan.objects(kind).get(index), attribute, Optional.empty())));
    Snapshot.Builder live = Snapshot.builder().environment(environment);
    own.readings().forEach(live::reading);
    live.reading(kind, new KindReading.Read(objects));

    PowerShellScript script = PowerShellEmitter.standard().emitAgainst(valid, live.build());

    // The Set- of the existing object carries the one parameter; a Set- after New- (the
    // attributes only Set- takes) is the full script's.
    List<String> one = List.of(attribute.parameter());
    List<CmdletCall> fullSets =
        PowerShellEmitter.standard().emit(valid).calls().stream()
            .filter(c -> c.name().equals("Set-" + kind.noun()))
            .toList();
    List<CmdletCall> sets =
        script.calls().stream().filter(c -> c.name().equals("Set-" + kind.noun())).toList();
    assertThat(sets)
        .as("seed %d: %s[%d].%s", seed, kind.planKey(), index, attribute.key())
        .anyMatch(c -> ChangeOnlyScriptTest.settings(c).equals(one))
        .allMatch(c -> ChangeOnlyScriptTest.settings(c).equals(one) || fullSets.contains(c));
    assertThat(script.calls())
        .filteredOn(c -> c.name().matches(CHANGING))
        .allMatch(
            c -> c.noun().equals(kind.noun()) || c.name().equals("Update-EmailAddressPolicy"));
  }
}
