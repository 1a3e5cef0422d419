package io.github.coexist.license;

/**
 * What is wrong with one value, and where: {@code index} is the {@code char} index inside the value
 * at which the problem starts. Validators return it so that the parser can turn it into a line and
 * column, and builders into an {@link IllegalArgumentException}.
 */
record Flaw(int index, String message) {
  static Flaw at(int index, String message) {
    return new Flaw(index, message);
  }
}
