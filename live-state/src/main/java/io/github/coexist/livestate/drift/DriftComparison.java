package io.github.coexist.livestate.drift;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.AttributeValues;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeEquivalence;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.Snapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The comparison behind {@link Drift#between}: kind by kind, object by object. */
final class DriftComparison {
  private final ImmutableList.Builder<Drift.Difference> differences = ImmutableList.builder();
  private final ImmutableList.Builder<Drift.NotReported> notReported = ImmutableList.builder();
  private final ImmutableList.Builder<Drift.Unknown> unknown = ImmutableList.builder();
  private final ImmutableList.Builder<Drift.Unmanaged> unmanaged = ImmutableList.builder();

  private DriftComparison() {}

  static Drift compare(CoexistencePlan plan, Snapshot live, Set<ObjectKind> kinds) {
    if (plan.environment() != live.environment()) {
      throw new IllegalArgumentException(
          "the plan is for "
              + plan.environment().key()
              + " but the snapshot was taken of "
              + live.environment().key());
    }
    DriftComparison comparison = new DriftComparison();
    for (ObjectKind kind : ObjectKind.values()) {
      if (kinds.contains(kind)) {
        comparison.kind(kind, plan.objects(kind), live.reading(kind));
      }
    }
    return new Drift(
        comparison.differences.build(),
        comparison.notReported.build(),
        comparison.unknown.build(),
        comparison.unmanaged.build());
  }

  private void kind(ObjectKind kind, List<? extends ExchangeObject> planned, KindReading reading) {
    if (!(reading instanceof KindReading.Read read)) {
      if (!planned.isEmpty()) {
        unknown.add(new Drift.Unknown(kind, reason(kind, reading), planned.size()));
      }
      return;
    }
    Identities identities = new Identities(kind, read.objects());
    for (int i = 0; i < planned.size(); i++) {
      ExchangeObject object = planned.get(i);
      LiveObject match = identities.claim(object, i);
      if (match == null) {
        differences.add(
            new Drift.Difference(
                Drift.Type.MISSING,
                path(kind, i),
                object,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
      } else {
        attributes(kind, i, object, match);
      }
    }
    for (LiveObject rest : identities.unclaimed()) {
      unmanaged.add(new Drift.Unmanaged(kind, rest.identity()));
    }
  }

  /**
   * Every attribute the planned object {@code index} manages: reported and the same, different, or
   * unknown. Paths are made only for what is reported: an organisation in sync makes none.
   */
  private void attributes(
      ObjectKind kind, int index, ExchangeObject planned, LiveObject liveObject) {
    ExchangeObject live = liveObject.object();
    // Each object's values read once, all together (valueIn per attribute would switch on the key
    // and wrap every value, managed or not).
    AttributeValues plannedValues = AttributeValues.of(planned);
    List<Attribute> managed = plannedValues.managed();
    for (int a = 0; a < managed.size(); a++) {
      Attribute attribute = managed.get(a);
      Optional<Object> plannedValue = plannedValues.get(attribute);
      Optional<Object> liveValue = attribute.valueIn(live);
      if (liveValue.isEmpty() && !live.explicitNulls().contains(attribute.key())) {
        notReported.add(
            new Drift.NotReported(
                path(kind, index) + "." + attribute.key(),
                planned,
                attribute,
                Optional.ofNullable(liveObject.rejected().get(attribute.parameter()))));
      } else if (!ExchangeEquivalence.same(attribute, plannedValue, liveValue)) {
        differences.add(
            new Drift.Difference(
                Drift.Type.DIFFERS,
                path(kind, index) + "." + attribute.key(),
                planned,
                Optional.of(attribute),
                plannedValue,
                liveValue));
      }
    }
  }

  /** The plan path of object {@code index} of {@code kind}: {@code sendConnectors[0]}. */
  private static String path(ObjectKind kind, int index) {
    return kind.planKey() + "[" + index + "]";
  }

  private static String reason(ObjectKind kind, KindReading reading) {
    if (reading instanceof KindReading.Unreadable unreadable) {
      return "Get-" + kind.noun() + " failed: " + unreadable.error();
    }
    return "no input covers " + kind.planKey();
  }
}
