/** The Exchange PowerShell emitter: configuration and rollback scripts for a validated plan. */
// Immutables publishes no module descriptor, only an automatic name; it is read at compile time
// only (requires static) and never at run time.
@SuppressWarnings("requires-automatic")
module io.github.coexist.powershell {
  requires transitive io.github.coexist.core;
  // Change-only scripts take a Snapshot; the snapshot script writes the format live-state reads.
  requires transitive io.github.coexist.livestate;
  requires static org.immutables.value;

  exports io.github.coexist.powershell;
}
