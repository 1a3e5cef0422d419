/**
 * The Domino Directory documents BTCal's routing needs (Foreign Domain, Foreign SMTP Domain, SMTP
 * Connection, Global Domain, Configuration Settings) and the foreign-domain mailbox, from a
 * validated plan.
 *
 * <ul>
 *   <li>{@link io.github.coexist.domino.DominoDirectoryEmitter}: the plan's {@link
 *       io.github.coexist.domino.DirectoryDocuments}, each document with the form, tab, field label
 *       and value an administrator enters, and the Domino item behind each field where HCL has
 *       published it
 *   <li>as an artifact, {@code DirectoryDocuments} writes the documents whose items are all
 *       published as HCL One-Touch Setup JSON ({@code appConfiguration}) for Domino 12 and later
 * </ul>
 *
 * <p>No item name is guessed: a field whose item (or keyword value) HCL has not published has no
 * {@link io.github.coexist.domino.DirectoryItem}, and a document with such a field that carries a
 * plan value is left to the runbook. docs/domino-directory.md lists every item and its source.
 */
package io.github.coexist.domino;
