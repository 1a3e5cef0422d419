package io.github.coexist.license;

/**
 * A place in a text file: {@code line} and {@code column} both count from 1; the column counts
 * Unicode code points, as an editor shows them.
 */
public record TextPosition(int line, int column) {
  /** Checks that both numbers count from 1. */
  public TextPosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
  }

  /** {@code 3:7}, the form compilers and editors understand after a file name. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
