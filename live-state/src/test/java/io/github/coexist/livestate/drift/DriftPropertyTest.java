package io.github.coexist.livestate.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.fixtures.LiveEdits;
import io.github.coexist.testplans.PlanGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of drift over random plans (plan-io's fixed-seed generator: every kind, every
 * attribute type, explicit nulls, duplicates, hostile text): a plan against the snapshot of itself
 * is in sync; one changed attribute is exactly one difference at its path; list order, duplicates,
 * the case of names and the written form of IP ranges are no difference.
 */
class DriftPropertyTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aPlanAgainstItsOwnSnapshotIsInSync(long seed) {
    CoexistencePlan plan = new PlanGenerator(seed).plan();

    Drift drift = Drift.between(plan, PlanAsSnapshot.of(plan));

    assertThat(drift.isInSync()).as(drift.toString()).isTrue();
    assertThat(drift.notReported()).isEmpty();
    assertThat(drift.unmanaged()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void oneChangedAttributeIsExactlyOneDifferenceAtItsPath(long seed) {
    PlanGenerator generator = new PlanGenerator(seed);
    CoexistencePlan plan = generator.plan();
    Random random = new Random(seed);
    List<Candidate> candidates = candidates(plan);
    if (candidates.isEmpty()) {
      return; // a plan without objects has no attribute to change
    }
    Candidate change = candidates.get(random.nextInt(candidates.size()));
    Optional<Object> other = otherValue(generator, change.object, change.attribute);
    if (other.isEmpty()) {
      return; // no other value exists (cannot happen for the generator's types; kept honest)
    }
    ExchangeObject changed = LiveEdits.with(change.object, change.attribute, other);

    Drift drift = Drift.between(plan, replace(plan, change.kind, change.index, changed));

    String path = change.kind.planKey() + "[" + change.index + "]." + change.attribute.key();
    assertThat(drift.differences())
        .as("seed %d, %s", seed, path)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo(path);
              assertThat(d.type()).isEqualTo(Drift.Type.DIFFERS);
              assertThat(d.live()).isEqualTo(change.attribute.valueIn(changed));
            });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shuffledListsDuplicatesCaseAndRangeFormsAreNoDifference(long seed) {
    CoexistencePlan plan = new PlanGenerator(seed).plan();
    Random random = new Random(seed);
    Snapshot.Builder live = Snapshot.builder().environment(plan.environment());
    for (ObjectKind kind : ObjectKind.values()) {
      List<LiveObject> objects = new ArrayList<>();
      for (ExchangeObject object : plan.objects(kind)) {
        objects.add(PlanAsSnapshot.live(disguised(object, random)));
      }
      live.reading(kind, new KindReading.Read(objects));
    }

    Drift drift = Drift.between(plan, live.build());

    assertThat(drift.differences()).as("seed %d", seed).isEmpty();
    assertThat(drift.isInSync()).isTrue();
  }

  /** The object as Exchange could print it: same values, other order, case and forms. */
  private static ExchangeObject disguised(ExchangeObject object, Random random) {
    ExchangeObject result = object;
    for (Attribute attribute : object.kind().attributes()) {
      Optional<Object> value = attribute.valueIn(object);
      if (value.isEmpty()) {
        continue;
      }
      UnaryOperator<Object> form = entry -> otherForm(attribute, entry, random);
      Object disguised;
      if (value.get() instanceof List<?> list) {
        List<Object> entries = new ArrayList<>();
        for (Object entry : list) {
          entries.add(form.apply(entry));
        }
        entries.add(form.apply(list.get(0))); // a duplicate
        Collections.shuffle(entries, random);
        disguised = entries;
      } else {
        disguised = form.apply(value.get());
      }
      result = LiveEdits.with(result, attribute, Optional.of(disguised));
    }
    return result;
  }

  private static Object otherForm(Attribute attribute, Object value, Random random) {
    if (value instanceof String text
        && !attribute.key().equals("comment")
        && !attribute.key().equals("banner")) {
      return random.nextBoolean() ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
    }
    if (value instanceof IpRange range && range.kind() == IpRange.Kind.SINGLE) {
      return random.nextBoolean()
          ? IpRange.range(range.first(), range.first())
          : IpRange.cidr(range.first(), range.isIpv4() ? 32 : 128);
    }
    return value;
  }

  private record Candidate(
      ObjectKind kind, int index, ExchangeObject object, Attribute attribute) {}

  /**
   * Every managed attribute of every object, but those that say which live object it is (its name,
   * a domain's domain, a receive connector's server): changing those makes another object.
   */
  private static List<Candidate> candidates(CoexistencePlan plan) {
    List<Candidate> candidates = new ArrayList<>();
    for (ObjectKind kind : ObjectKind.values()) {
      List<? extends ExchangeObject> objects = plan.objects(kind);
      for (int i = 0; i < objects.size(); i++) {
        for (Attribute attribute : kind.attributes()) {
          if (attribute.isManagedIn(objects.get(i)) && !identifies(attribute)) {
            candidates.add(new Candidate(kind, i, objects.get(i), attribute));
          }
        }
      }
    }
    return candidates;
  }

  private static boolean identifies(Attribute attribute) {
    return attribute.key().equals("name")
        || attribute.key().equals("domainName")
        || (attribute.kind() == ObjectKind.RECEIVE_CONNECTOR && attribute.key().equals("server"));
  }

  /** A value of the attribute that Exchange would not take for the planned one. */
  private static Optional<Object> otherValue(
      PlanGenerator generator, ExchangeObject object, Attribute attribute) {
    Optional<Object> planned = attribute.valueIn(object);
    for (int attempt = 0; attempt < 50; attempt++) {
      Optional<Object> candidate = Optional.of(value(generator, attribute));
      if (!io.github.coexist.core.model.ExchangeEquivalence.same(attribute, planned, candidate)) {
        return candidate;
      }
    }
    return Optional.empty();
  }

  private static Object value(PlanGenerator generator, Attribute attribute) {
    if (!attribute.multiValued()) {
      return generator.value(attribute.valueType());
    }
    List<Object> entries = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Object entry = generator.value(attribute.valueType());
      if (!(entry instanceof ExchangeEnum e && e.exchangeName().equals("None"))) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static Snapshot replace(
      CoexistencePlan plan, ObjectKind kind, int index, ExchangeObject changed) {
    Snapshot own = PlanAsSnapshot.of(plan);
    List<LiveObject> objects = new ArrayList<>(own.objectsIfRead(kind));
    objects.set(index, PlanAsSnapshot.live(changed));
    Snapshot.Builder live = Snapshot.builder().environment(plan.environment());
    own.readings().forEach(live::reading);
    return live.reading(kind, new KindReading.Read(objects)).build();
  }
}
