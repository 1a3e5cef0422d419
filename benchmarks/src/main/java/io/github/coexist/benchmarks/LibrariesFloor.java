package io.github.coexist.benchmarks;

/**
 * A cold-start floor (docs/performance.md): the two libraries coexist must use for {@code coexist
 * validate} together, picocli for the command line ({@link PicocliFloor}) and Jackson for the plan
 * file ({@link YamlFloor}), in one run: the command parsed, then the plan read token by token, and
 * no coexist code. No {@code coexist validate} can start faster than this on the same JVM.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.coexist.benchmarks.LibrariesFloor \
 *     validate --today 2026-11-27 plan.yaml
 * }</pre>
 */
public final class LibrariesFloor {
  private LibrariesFloor() {}

  /** Parses {@code args}, reads the plan they name, exits with the command's code. */
  public static void main(String... args) {
    System.exit(PicocliFloor.run(true, args));
  }
}
