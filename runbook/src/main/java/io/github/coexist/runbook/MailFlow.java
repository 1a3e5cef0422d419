package io.github.coexist.runbook;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mail-flow diagram as data: Exchange (Online or Server), its connectors, the Domino
 * coexistence servers and Domino, with the domains on the edges. {@link RunbookRenderer} draws it
 * as a Mermaid flowchart; labels are plain text, escaped when drawn.
 *
 * @param nodes the boxes, in drawing order
 * @param edges the arrows, in drawing order
 */
public record MailFlow(ImmutableList<Node> nodes, ImmutableList<Edge> edges) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*");

  /** Checks that ids are plain and unique, and that every edge joins known nodes. */
  public MailFlow {
    Set<String> ids = new HashSet<>();
    for (Node node : nodes) {
      if (!ids.add(node.id())) {
        throw new IllegalArgumentException("node id given twice: " + node.id());
      }
    }
    for (Edge edge : edges) {
      if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
        throw new IllegalArgumentException("edge joins an unknown node: " + edge);
      }
    }
  }

  /** A diagram from lists. */
  public static MailFlow of(List<Node> nodes, List<Edge> edges) {
    Objects.requireNonNull(nodes, "nodes");
    Objects.requireNonNull(edges, "edges");
    return new MailFlow(ImmutableList.copyOf(nodes), ImmutableList.copyOf(edges));
  }

  /**
   * A box.
   *
   * @param id a Mermaid id: lower-case ASCII letters and digits, a letter first
   * @param label plain text
   */
  public record Node(String id, String label) {
    /** Checks the id. */
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException("not a node id: " + id);
      }
    }
  }

  /**
   * An arrow from one node to another.
   *
   * @param from the source node's id
   * @param to the target node's id
   * @param label plain text, e.g. {@code to domino.contoso.com}; empty for none
   */
  public record Edge(String from, String to, String label) {
    /** Every reference component is required. */
    public Edge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(label, "label");
    }
  }
}
