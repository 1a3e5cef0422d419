package io.github.coexist.livestate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a live Exchange organisation holds, per object kind, as read from one or more inputs (a
 * snapshot script's JSON, {@code Export-Clixml} captures, {@code ConvertTo-Json} output).
 * Immutable; {@link #readings()} iterates in {@link ObjectKind} order.
 *
 * <pre>{@code
 * Snapshot live = Snapshot.combine(List.of(
 *     SnapshotJsonReader.read(reader, "snapshot.json"),
 *     ClixmlReader.read(stream, "connectors.xml", Environment.EXCHANGE_SERVER)));
 * if (live.reading(ObjectKind.SEND_CONNECTOR) instanceof KindReading.Read read) { ... }
 * }</pre>
 */
public final class Snapshot {
  private final Environment environment;
  private final ImmutableMap<ObjectKind, KindReading> readings;
  private final ImmutableList<String> warnings;

  private Snapshot(
      Environment environment,
      ImmutableMap<ObjectKind, KindReading> readings,
      ImmutableList<String> warnings) {
    this.environment = environment;
    this.readings = readings;
    this.warnings = warnings;
  }

  /** A builder; kinds not given a reading are {@link KindReading.NotCovered}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One snapshot from several, e.g. one {@code Export-Clixml} capture per kind.
   *
   * @throws IllegalArgumentException when {@code parts} is empty, names two environments, or two
   *     parts cover the same kind (which of two readings is the truth cannot be told)
   */
  public static Snapshot combine(List<Snapshot> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no snapshot to combine");
    }
    Environment environment = parts.get(0).environment;
    Builder combined = builder().environment(environment);
    for (Snapshot part : parts) {
      if (part.environment != environment) {
        throw new IllegalArgumentException(
            "snapshots of two environments cannot be combined: "
                + environment.key()
                + " and "
                + part.environment.key());
      }
      for (Map.Entry<ObjectKind, KindReading> entry : part.readings.entrySet()) {
        if (entry.getValue() instanceof KindReading.NotCovered) {
          continue;
        }
        if (!(combined.readings.get(entry.getKey()) instanceof KindReading.NotCovered)) {
          throw new IllegalArgumentException(
              entry.getKey().planKey() + " is covered by two inputs; give each kind once");
        }
        combined.reading(entry.getKey(), entry.getValue());
      }
      part.warnings.forEach(combined::warning);
    }
    return combined.build();
  }

  /** The environment the snapshot was taken of. */
  public Environment environment() {
    return environment;
  }

  /** What is known about {@code kind}; {@link KindReading.NotCovered} when nothing is. */
  public KindReading reading(ObjectKind kind) {
    return readings.get(Objects.requireNonNull(kind, "kind"));
  }

  /** Every kind's reading, in {@link ObjectKind} order (all seven kinds). */
  public ImmutableMap<ObjectKind, KindReading> readings() {
    return readings;
  }

  /**
   * What the input said it could not read inside a kind it read: a property whose value Exchange
   * failed to give (the snapshot script's {@code warnings}); such a property is not reported.
   */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  /** The objects of {@code kind} when it was read; empty for an unknown kind (check first). */
  public ImmutableList<LiveObject> objectsIfRead(ObjectKind kind) {
    return reading(kind) instanceof KindReading.Read read ? read.objects() : ImmutableList.of();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Snapshot that
        && environment == that.environment
        && readings.equals(that.readings)
        && warnings.equals(that.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(environment, readings, warnings);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Snapshot[").append(environment.key());
    readings.forEach(
        (kind, reading) -> {
          text.append(", ").append(kind.planKey()).append('=');
          if (reading instanceof KindReading.Read read) {
            text.append(read.objects().size()).append(" objects");
          } else if (reading instanceof KindReading.Unreadable) {
            text.append("unreadable");
          } else {
            text.append("not covered");
          }
        });
    return text.append(']').toString();
  }

  /** Builds a {@link Snapshot}; the environment is required. */
  public static final class Builder {
    private Environment environment;
    private final EnumMap<ObjectKind, KindReading> readings = new EnumMap<>(ObjectKind.class);
    private final ImmutableList.Builder<String> warnings = ImmutableList.builder();

    private Builder() {
      for (ObjectKind kind : ObjectKind.values()) {
        readings.put(kind, new KindReading.NotCovered());
      }
    }

    /** The environment the snapshot was taken of. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** Sets what is known about {@code kind}, replacing what was set before. */
    public Builder reading(ObjectKind kind, KindReading reading) {
      readings.put(
          Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(reading, "reading"));
      return this;
    }

    /** Adds a warning of the input (see {@link Snapshot#warnings()}). */
    public Builder warning(String warning) {
      warnings.add(Objects.requireNonNull(warning, "warning"));
      return this;
    }

    /**
     * The snapshot.
     *
     * @throws IllegalStateException without an environment, or when an object is not of the kind it
     *     was read as
     */
    public Snapshot build() {
      if (environment == null) {
        throw new IllegalStateException("a snapshot needs an environment");
      }
      readings.forEach(
          (kind, reading) -> {
            if (reading instanceof KindReading.Read read) {
              for (LiveObject object : read.objects()) {
                if (object.object().kind() != kind) {
                  throw new IllegalStateException(object + " read as one of " + kind.planKey());
                }
              }
            }
          });
      return new Snapshot(environment, Maps.immutableEnumMap(readings), warnings.build());
    }
  }
}
