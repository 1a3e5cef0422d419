package io.github.coexist.core.validation;

import io.github.coexist.core.model.ObjectKind;

/**
 * Paths into a plan in plan-file terms, as diagnostics and script comments print them: list
 * indexes, never names.
 *
 * <pre>{@code
 * PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, 0).key("remoteIpRanges").index(1).toString()
 *     // "receiveConnectors[0].remoteIpRanges[1]"
 * }</pre>
 */
public final class PlanPath {
  private final String text;

  private PlanPath(String text) {
    this.text = text;
  }

  /** The root key, e.g. {@code domains} or {@code coexistenceServers}. */
  public static PlanPath root(String key) {
    return new PlanPath(key);
  }

  /** The object at {@code index} of a kind's list, e.g. {@code sendConnectors[0]}. */
  public static PlanPath of(ObjectKind kind, int index) {
    return new PlanPath(kind.planKey() + "[" + index + "]");
  }

  /** A key below this path. */
  public PlanPath key(String key) {
    return new PlanPath(text + "." + key);
  }

  /** A list element below this path. */
  public PlanPath index(int index) {
    return new PlanPath(text + "[" + index + "]");
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlanPath && ((PlanPath) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
