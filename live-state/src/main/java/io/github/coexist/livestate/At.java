package io.github.coexist.livestate;

/**
 * Where a value was read, formatted only when a message needs it ({@code file:line:column}): a
 * reader records one for every value, and formatting each would be a string per value.
 */
final class At {
  private final String source;
  private final int line;
  private final int column;

  At(String source, int line, int column) {
    this.source = source;
    this.line = line;
    this.column = column;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
