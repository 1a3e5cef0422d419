package io.github.coexist.benchmarks;

/** The baseline of the CLI cold-start comparison: a JVM that starts, prints a line and exits. */
public final class HelloWorld {
  private HelloWorld() {}

  /** Prints one line. */
  public static void main(String[] args) {
    System.out.println("hello, world");
  }
}
