/** The Exchange PowerShell emitter: configuration and rollback scripts for a validated plan. */
module io.github.coexist.powershell {
  requires transitive io.github.coexist.core;
  // Change-only scripts take a Snapshot; the snapshot script writes the format live-state reads.
  requires transitive io.github.coexist.livestate;
  requires static org.immutables.value;

  exports io.github.coexist.powershell;
}
