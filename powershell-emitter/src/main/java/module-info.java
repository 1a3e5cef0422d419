/** The Exchange PowerShell emitter: configuration and rollback scripts for a validated plan. */
module io.github.coexist.powershell {
  requires transitive io.github.coexist.core;
  requires static org.immutables.value;

  exports io.github.coexist.powershell;
}
