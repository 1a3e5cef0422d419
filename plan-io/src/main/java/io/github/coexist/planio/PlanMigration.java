package io.github.coexist.planio;

/**
 * Rewrites a plan file of one format version into the next, so files written by an older coexist
 * keep working. The reader chains migrations from the file's {@code formatVersion} up to {@link
 * io.github.coexist.core.model.CoexistencePlan#CURRENT_FORMAT_VERSION} and updates {@code
 * formatVersion} itself after each step.
 *
 * <pre>{@code
 * // format 2 renamed domino.mailbox to domino.foreignDomainMailbox (an invented example)
 * PlanMigration oneToTwo = new PlanMigration() {
 *   public int fromVersion() { return 1; }
 *   public void migrate(PlanNode.Mapping root) {
 *     root.get("domino").filter(PlanNode.Mapping.class::isInstance)
 *         .ifPresent(d -> ((PlanNode.Mapping) d).rename("mailbox", "foreignDomainMailbox"));
 *   }
 * };
 * PlanReader reader = PlanReader.standard().withMigration(oneToTwo);
 * }</pre>
 */
public interface PlanMigration {
  /** The format version this migration reads; it produces {@code fromVersion() + 1}. */
  int fromVersion();

  /**
   * Rewrites the tree in place. Nodes that are kept keep their file locations, so errors found
   * later still point into the file; new nodes should carry the location of what they replace.
   */
  void migrate(PlanNode.Mapping root);
}
