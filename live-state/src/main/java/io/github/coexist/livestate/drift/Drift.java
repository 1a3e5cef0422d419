package io.github.coexist.livestate.drift;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.livestate.Snapshot;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a live organisation differs from a plan, for what the plan manages: objects the plan has and
 * the organisation lacks, attributes whose live value is not the planned one ({@link
 * io.github.coexist.core.model.ExchangeEquivalence} decides), kinds that could not be read
 * (unknown, never missing), attributes Exchange did not report (neither the same nor different),
 * and live objects the plan does not have (unmanaged, never drift).
 *
 * <pre>{@code
 * Drift drift = Drift.between(plan, snapshot);
 * if (!drift.isInSync()) {
 *   drift.differences().forEach(d -> System.out.println(d.path() + ": " + d.type()));
 * }
 * }</pre>
 */
public final class Drift {
  /** The verdict. */
  public enum Status {
    /** Every planned object exists and every managed attribute that was reported is the same. */
    IN_SYNC,
    /** At least one difference. */
    DRIFT,
    /** No difference among what is known, but a kind the plan manages could not be read. */
    UNKNOWN
  }

  /** What kind of difference. */
  public enum Type {
    /** The plan has the object; the organisation does not. */
    MISSING,
    /** The object exists with another value of an attribute. */
    DIFFERS
  }

  /**
   * One difference.
   *
   * @param type a missing object or a differing attribute
   * @param path the plan path, as validation findings have it: {@code sendConnectors[0]} for a
   *     missing object, {@code sendConnectors[0].smartHosts} for an attribute
   * @param object the planned object
   * @param attribute the attribute that differs (empty for a missing object)
   * @param planned the planned value, as {@link Attribute#valueIn} returns it (empty: null)
   * @param live the live value, likewise
   */
  public record Difference(
      Type type,
      String path,
      ExchangeObject object,
      Optional<Attribute> attribute,
      Optional<Object> planned,
      Optional<Object> live) {
    /** Refuses nulls. */
    public Difference {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(planned, "planned");
      Objects.requireNonNull(live, "live");
    }
  }

  /**
   * A planned attribute whose live value is not known: the input did not report it (a parameter
   * Get- does not return, or a ConvertTo-Json record without the key), or reported a value the
   * model refused. Neither the same nor different.
   *
   * @param path the plan path, e.g. {@code sendConnectors[0].usage}
   * @param object the planned object
   * @param attribute the attribute
   * @param refused the reported value and why the model refused it, when it did
   */
  public record NotReported(
      String path, ExchangeObject object, Attribute attribute, Optional<String> refused) {
    /** Every reference component is required. */
    public NotReported {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(refused, "refused");
    }
  }

  /**
   * A kind the plan manages whose live objects are not known: the snapshot script could not read
   * it, or no input covered it. Its planned objects are unchecked, never missing.
   *
   * @param kind the kind
   * @param reason why it is unknown, one line
   * @param plannedObjects how many planned objects of the kind were not checked
   */
  public record Unknown(ObjectKind kind, String reason, int plannedObjects) {
    /** Every reference component is required. */
    public Unknown {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A live object no planned object matches: reported, never drift.
   *
   * @param kind its kind
   * @param identity Exchange's identity of it
   */
  public record Unmanaged(ObjectKind kind, String identity) {
    /** Every reference component is required. */
    public Unmanaged {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(identity, "identity");
    }
  }

  private final ImmutableList<Difference> differences;
  private final ImmutableList<NotReported> notReported;
  private final ImmutableList<Unknown> unknown;
  private final ImmutableList<Unmanaged> unmanaged;

  Drift(
      ImmutableList<Difference> differences,
      ImmutableList<NotReported> notReported,
      ImmutableList<Unknown> unknown,
      ImmutableList<Unmanaged> unmanaged) {
    this.differences = differences;
    this.notReported = notReported;
    this.unknown = unknown;
    this.unmanaged = unmanaged;
  }

  /**
   * Compares every kind.
   *
   * @throws IllegalArgumentException when the snapshot is of another environment than the plan
   */
  public static Drift between(CoexistencePlan plan, Snapshot live) {
    return between(plan, live, EnumSet.allOf(ObjectKind.class));
  }

  /**
   * Compares the kinds given (the others are neither compared nor listed).
   *
   * @throws IllegalArgumentException when the snapshot is of another environment than the plan
   */
  public static Drift between(CoexistencePlan plan, Snapshot live, Set<ObjectKind> kinds) {
    return DriftComparison.compare(plan, live, kinds);
  }

  /** Missing objects and differing attributes, in plan order. */
  public ImmutableList<Difference> differences() {
    return differences;
  }

  /** Planned attributes the live input did not report, in plan order. */
  public ImmutableList<NotReported> notReported() {
    return notReported;
  }

  /** Kinds the plan manages that could not be compared, in {@link ObjectKind} order. */
  public ImmutableList<Unknown> unknown() {
    return unknown;
  }

  /** Live objects the plan does not have, by kind, in the input's order. */
  public ImmutableList<Unmanaged> unmanaged() {
    return unmanaged;
  }

  /** The verdict: a difference is drift; else an unknown kind is unknown; else in sync. */
  public Status status() {
    if (!differences.isEmpty()) {
      return Status.DRIFT;
    }
    return unknown.isEmpty() ? Status.IN_SYNC : Status.UNKNOWN;
  }

  /** Whether the organisation is known to hold what the plan manages. */
  public boolean isInSync() {
    return status() == Status.IN_SYNC;
  }

  /** The differences whose path is {@code path} or inside it ({@code sendConnectors[0]}). */
  public ImmutableList<Difference> at(String path) {
    Objects.requireNonNull(path, "path");
    return differences.stream()
        .filter(d -> d.path().equals(path) || d.path().startsWith(path + "."))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Drift["
        + status()
        + ", "
        + differences.size()
        + " differences, "
        + unknown.size()
        + " unknown kinds, "
        + notReported.size()
        + " not reported, "
        + unmanaged.size()
        + " unmanaged]";
  }
}
