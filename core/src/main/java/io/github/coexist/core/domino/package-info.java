/**
 * The Domino side's knowledge in one place: the catalogue of BTCal's notes.ini parameters ({@link
 * io.github.coexist.core.domino.BtcalParameter}) with their plan keys, value kinds, defaults and
 * sources, the values a plan sets ({@link io.github.coexist.core.domino.BtcalValue}), and the size
 * limit of a value ({@link io.github.coexist.core.domino.ValueSize}). The plan reader and writer,
 * the notes.ini emitter and the value rules iterate the catalogue.
 */
package io.github.coexist.core.domino;
