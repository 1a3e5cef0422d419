/**
 * AssertJ assertions for consumers' tests of coexist plans, validation reports, PowerShell scripts
 * and notes.ini documents. One entry point, {@link io.github.coexist.testing.CoexistAssertions}:
 *
 * <pre>{@code
 * import static io.github.coexist.testing.CoexistAssertions.assertThat;
 *
 * assertThat(report).hasNoErrors().hasWarning("COEX-TLS-003").at("sendConnectors[0]");
 * assertThat(script).invokes("New-SendConnector").with("SmartHosts", "10.1.1.1", "10.1.1.2");
 * assertThat(notesIni).hasSetting("BTEXCHANGEDB", "btexchange.box");
 * }</pre>
 *
 * <p>The assertions work on the structured artifacts (diagnostics, the statement model, notes.ini
 * lines), never on rendered text, and their failure messages list what was there instead.
 */
package io.github.coexist.testing;
