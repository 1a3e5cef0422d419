/**
 * Notes.ini for BTCal: a byte-preserving document model, the settings of a plan (from the BTCal
 * parameter catalogue in core, {@link io.github.coexist.core.domino.BtcalParameter}), and the
 * emitter that turns a validated plan into a fragment, a merge into an existing notes.ini, or
 * Domino console commands.
 *
 * <ul>
 *   <li>Document: {@link io.github.coexist.notesini.NotesIniDocument}, {@link
 *       io.github.coexist.notesini.IniLine}, {@link io.github.coexist.notesini.LineBreak}, {@link
 *       io.github.coexist.notesini.IniFinding}
 *   <li>Settings: {@link io.github.coexist.notesini.BtcalSettings}, {@link
 *       io.github.coexist.notesini.IniSetting}, {@link io.github.coexist.notesini.NotesIniFormat}
 *   <li>Emission: {@link io.github.coexist.notesini.NotesIniEmitter}, {@link
 *       io.github.coexist.notesini.NotesIniChanges}, {@link
 *       io.github.coexist.notesini.MergeResult}, {@link io.github.coexist.notesini.IniChange},
 *       {@link io.github.coexist.notesini.ConsoleCommands}
 *   <li>Refusals: {@link io.github.coexist.notesini.UnsafeSettingException}
 * </ul>
 *
 * <p>Parameters are non-null throughout. Nothing here reads or writes files: callers pass bytes and
 * get bytes.
 */
package io.github.coexist.notesini;
