/** The Domino Directory documents BTCal's routing needs, as HCL One-Touch Setup JSON and steps. */
module io.github.coexist.domino {
  requires transitive io.github.coexist.core;

  exports io.github.coexist.domino;
}
