/**
 * Exchange PowerShell from a validated plan: the statement model, the two emitters and the
 * renderer.
 *
 * <ul>
 *   <li>Emitters: {@link io.github.coexist.powershell.PowerShellEmitter} (configuration) and {@link
 *       io.github.coexist.powershell.RollbackEmitter} (undo), both {@code
 *       Emitter<PowerShellScript>}; {@link io.github.coexist.powershell.WaitPolicy}.
 *   <li>Statement model: {@link io.github.coexist.powershell.PowerShellScript}, {@link
 *       io.github.coexist.powershell.Statement}, {@link io.github.coexist.powershell.Condition},
 *       {@link io.github.coexist.powershell.CmdletCall}, {@link
 *       io.github.coexist.powershell.Parameter}, {@link io.github.coexist.powershell.PsValue},
 *       {@link io.github.coexist.powershell.Trace}, {@link io.github.coexist.powershell.GuideStep}.
 *   <li>Text: {@link io.github.coexist.powershell.PowerShellRenderer}, {@link
 *       io.github.coexist.powershell.RenderOptions}, {@link io.github.coexist.powershell.PsText}
 *       (the single-quoted literal), {@link io.github.coexist.powershell.UnsafeTextException} (an
 *       {@link io.github.coexist.core.emit.EmissionException}).
 * </ul>
 *
 * <p>Every user-supplied value is a single-quoted literal ({@link
 * io.github.coexist.powershell.PsText}); everything else in a script is constant text of this
 * package or a typed value. Output is deterministic: the same plan gives the same bytes.
 */
package io.github.coexist.powershell;
