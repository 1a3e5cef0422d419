package io.github.coexist.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;

/** The short name a JMH result is known by in {@link Measurements}: {@code Class.method[param]}. */
final class JmhNames {
  private JmhNames() {}

  static String of(BenchmarkParams params) {
    String full = params.getBenchmark();
    int method = full.lastIndexOf('.');
    int type = full.lastIndexOf('.', method - 1);
    StringBuilder name = new StringBuilder(full.substring(type + 1));
    if (!params.getParamsKeys().isEmpty()) {
      name.append('[');
      name.append(
          String.join(
              ",", params.getParamsKeys().stream().sorted().map(params::getParam).toList()));
      name.append(']');
    }
    return name.toString();
  }
}
