package io.github.coexist.livestate.drift;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.Snapshot;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshot of an organisation that holds exactly what a plan manages: every kind read, every
 * planned object present with the attributes the plan manages. For tests (a plan diffed against it
 * is in sync) and for previews.
 *
 * <pre>{@code
 * assertThat(Drift.between(plan, PlanAsSnapshot.of(plan)).isInSync()).isTrue();
 * }</pre>
 */
public final class PlanAsSnapshot {
  private PlanAsSnapshot() {}

  /** Every kind {@link KindReading.Read}, with the plan's objects in plan order. */
  public static Snapshot of(CoexistencePlan plan) {
    Snapshot.Builder snapshot = Snapshot.builder().environment(plan.environment());
    for (ObjectKind kind : ObjectKind.values()) {
      ImmutableList.Builder<LiveObject> objects = ImmutableList.builder();
      for (ExchangeObject object : plan.objects(kind)) {
        objects.add(live(object));
      }
      snapshot.reading(kind, new KindReading.Read(objects.build()));
    }
    return snapshot.build();
  }

  /** The live form of one object: its identity as Exchange prints it, no read-only properties. */
  public static LiveObject live(ExchangeObject object) {
    return LiveObject.of(object, DriftValues.identity(object), Optional.empty(), Map.of());
  }
}
