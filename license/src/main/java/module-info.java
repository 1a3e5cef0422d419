/** Signed (Ed25519) BTCal licenses: parse, verify, evaluate on a day, issue. */
module io.github.coexist.license {
  requires transitive io.github.coexist.core;
  requires static org.immutables.value;

  exports io.github.coexist.license;
}
