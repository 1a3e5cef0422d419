/**
 * What a live organisation holds: snapshots read from the snapshot script's JSON, Export-Clixml
 * captures and ConvertTo-Json output; drift between a plan and a snapshot; plans imported from a
 * snapshot.
 */
module io.github.coexist.livestate {
  requires transitive io.github.coexist.core;
  requires transitive io.github.coexist.planio;
  requires com.fasterxml.jackson.core;
  requires java.xml;

  exports io.github.coexist.livestate;
  exports io.github.coexist.livestate.drift;
  exports io.github.coexist.livestate.importing;
}
