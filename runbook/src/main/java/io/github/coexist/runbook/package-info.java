/**
 * The administrator's runbook: a Markdown document generated from a validated plan, with the mail
 * flow as a Mermaid diagram, the ordered steps with their exact commands and settings, the checks
 * to run afterwards, the validation findings and the rollback.
 *
 * <ul>
 *   <li>Model: {@link io.github.coexist.runbook.Runbook}, {@link
 *       io.github.coexist.runbook.RunbookStep}, {@link io.github.coexist.runbook.CodeSample},
 *       {@link io.github.coexist.runbook.Side}, {@link io.github.coexist.runbook.MailFlow}.
 *   <li>Emitter: {@link io.github.coexist.runbook.RunbookEmitter}, composing the emitters it is
 *       given (PowerShell, rollback, notes.ini and its console commands, Domino Directory).
 *   <li>Text: a {@link io.github.coexist.runbook.Runbook} writes itself as Markdown with a Mermaid
 *       diagram ({@code writeTo}, {@code text()}).
 * </ul>
 *
 * <p>Plan text is user text: the renderer escapes it for Markdown and Mermaid, and commands are in
 * fenced blocks no content can close. Output is deterministic.
 */
package io.github.coexist.runbook;
