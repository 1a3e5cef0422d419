/** The Notes.ini emitter: BTCal's settings, the byte-preserving merge, Domino console commands. */
module io.github.coexist.notesini {
  requires transitive io.github.coexist.core;

  exports io.github.coexist.notesini;
}
