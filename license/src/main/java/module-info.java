/** Signed (Ed25519) BTCal licenses: parse, verify, evaluate on a day, issue. */
// Immutables publishes no module descriptor, only an automatic name; it is read at compile time
// only (requires static) and never at run time.
@SuppressWarnings("requires-automatic")
module io.github.coexist.license {
  requires transitive io.github.coexist.core;
  requires static org.immutables.value;

  exports io.github.coexist.license;
}
