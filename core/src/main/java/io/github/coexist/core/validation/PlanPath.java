package io.github.coexist.core.validation;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ObjectKind;
import java.util.Objects;

/**
 * Paths into a plan in plan-file terms, as diagnostics and script comments print them: list
 * indexes, never names. A path is checked against the plan model as it is built: a key the object
 * at that place does not have ({@code sendConnectors[0].smartHost}) is refused at once, so a typo
 * in a rule fails the rule's own test instead of printing a path no plan has.
 *
 * <pre>{@code
 * PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, 0).key("remoteIpRanges").index(1).toString()
 *     // "receiveConnectors[0].remoteIpRanges[1]"
 * PlanPath.of(ObjectKind.SEND_CONNECTOR, 7).key("nope")
 *     // PlanPathException: sendConnectors[7] has no key "nope" (a SendConnector)
 * }</pre>
 */
public final class PlanPath {
  private final String text;
  private final PlanShape shape;

  private PlanPath(String text, PlanShape shape) {
    this.text = text;
    this.shape = shape;
  }

  /**
   * A key of the plan itself, e.g. {@code domains} or {@code coexistenceServers}.
   *
   * @throws PlanPathException if the plan has no such key
   */
  public static PlanPath root(String key) {
    Objects.requireNonNull(key, "key");
    return new PlanPath(key, PlanShape.PLAN.key("the plan", key));
  }

  /**
   * The object at {@code index} of a kind's list, e.g. {@code sendConnectors[0]}.
   *
   * @throws PlanPathException if {@code index} is negative
   */
  public static PlanPath of(ObjectKind kind, int index) {
    Objects.requireNonNull(kind, "kind");
    requireIndex(kind.planKey(), index);
    return new PlanPath(kind.planKey() + "[" + index + "]", PlanShape.of(kind));
  }

  /**
   * The attribute of the object at {@code index} of its kind's list, e.g. {@code
   * sendConnectors[0].smartHosts}: a path that is right by construction.
   */
  public static PlanPath of(ObjectKind kind, int index, Attribute attribute) {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.kind() != Objects.requireNonNull(kind, "kind")) {
      throw new PlanPathException(
          "attribute: " + attribute.key() + " is an attribute of " + attribute.kind().noun());
    }
    return of(kind, index).key(attribute.key());
  }

  /**
   * Reads a path in its printed form, e.g. {@code receiveConnectors[0].remoteIpRanges[1]}, checking
   * each key as {@link #key} does.
   *
   * @throws PlanPathException naming the first key or index that the plan cannot have
   */
  public static PlanPath parse(String path) {
    Objects.requireNonNull(path, "path");
    PlanPath parsed = null;
    for (String segment : path.split("\\.", -1)) {
      int bracket = segment.indexOf('[');
      String key = bracket < 0 ? segment : segment.substring(0, bracket);
      parsed = parsed == null ? root(key) : parsed.key(key);
      while (bracket >= 0) {
        int close = segment.indexOf(']', bracket);
        if (close < 0) {
          throw new PlanPathException("path: unclosed [ in \"" + path + "\"");
        }
        int index;
        try {
          index = Integer.parseInt(segment.substring(bracket + 1, close));
        } catch (NumberFormatException e) {
          throw new PlanPathException(
              "path: \"" + segment.substring(bracket + 1, close) + "\" is not an index", e);
        }
        parsed = parsed.index(index);
        bracket = segment.indexOf('[', close);
        if (bracket < 0 && close != segment.length() - 1) {
          throw new PlanPathException("path: unexpected text after ] in \"" + path + "\"");
        }
      }
    }
    return parsed;
  }

  /**
   * A key below this path.
   *
   * @throws PlanPathException if the value at this path has no such key
   */
  public PlanPath key(String key) {
    Objects.requireNonNull(key, "key");
    return new PlanPath(text + "." + key, shape.key(text, key));
  }

  /**
   * A list element below this path.
   *
   * @throws PlanPathException if {@code index} is negative or the value here is not a list
   */
  public PlanPath index(int index) {
    requireIndex(text, index);
    return new PlanPath(text + "[" + index + "]", shape.element(text));
  }

  private static void requireIndex(String where, int index) {
    if (index < 0) {
      throw new PlanPathException("index: " + where + "[" + index + "] is negative");
    }
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlanPath planPath && planPath.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
