package io.github.coexist.planio;

import java.util.Objects;

/**
 * A place in a plan file: the source name (usually the file name) and the 1-based line and column.
 * Prints as {@code plan.yaml:12:7}, the form editors and terminals turn into a link.
 */
public final class SourceLocation {
  private final String source;
  private final int line;
  private final int column;

  private SourceLocation(String source, int line, int column) {
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
  }

  /** A location; line and column start at 1. */
  public static SourceLocation of(String source, int line, int column) {
    Objects.requireNonNull(source, "source");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
    }
    return new SourceLocation(source, line, column);
  }

  /** The source name, e.g. {@code plan.yaml}. */
  public String source() {
    return source;
  }

  /** The line, from 1. */
  public int line() {
    return line;
  }

  /** The column, from 1. */
  public int column() {
    return column;
  }

  /** {@code source:line:column}. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceLocation sourceLocation
        && sourceLocation.source.equals(source)
        && sourceLocation.line == line
        && sourceLocation.column == column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column);
  }
}
