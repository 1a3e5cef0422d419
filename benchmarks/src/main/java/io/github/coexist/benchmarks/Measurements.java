package io.github.coexist.benchmarks;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one suite run measured, by name: JMH scores in microseconds per operation (named {@code
 * Class.method} or {@code Class.method[param]}) and whole-process medians in milliseconds (named
 * {@code cli.*}). Sorted by name, so nothing depends on hash order.
 */
public final class Measurements {
  /**
   * The suffix of a benchmark's bytes allocated per operation, e.g. {@code
   * ScalingBenchmark.emit[1000]:allocated} (from JMH's GC profiler).
   */
  public static final String ALLOCATED = ":allocated";

  private final TreeMap<String, Double> values = new TreeMap<>();

  /** Records {@code value} under {@code name}, replacing an earlier one. */
  public Measurements put(String name, double value) {
    values.put(name, value);
    return this;
  }

  /** The value measured under {@code name}, if it was. */
  public Optional<Double> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Every value, by name. */
  public Map<String, Double> all() {
    return java.util.Collections.unmodifiableSortedMap(values);
  }
}
