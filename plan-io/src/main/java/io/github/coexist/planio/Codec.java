package io.github.coexist.planio;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one part of a plan from a located node, writes it as a Jackson tree, and describes it in
 * JSON Schema: the three views kept together so they cannot drift apart.
 */
interface Codec<T> {
  /**
   * Reads {@code node}, found at plan path {@code path} (e.g. {@code sendConnectors[0].name}).
   *
   * @throws PlanFileException located at the offending node
   */
  T read(PlanNode node, String path);

  /** The value as a Jackson tree, in the plan-file spelling. */
  JsonNode write(T value);

  /** The JSON Schema of the value; shared definitions go into {@code defs}. */
  JsonNode schema(SchemaDefinitions defs);

  /** A read error at {@code node}: "path: expected X, found Y". */
  static PlanFileException expected(PlanNode node, String path, String expected) {
    return new PlanFileException(
        node.location(), prefix(path) + "expected " + expected + ", found " + node.describe());
  }

  /** {@code "path: "}, or nothing at the root. */
  static String prefix(String path) {
    return path.isEmpty() ? "" : path + ": ";
  }
}
