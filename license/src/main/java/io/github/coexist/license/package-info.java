/**
 * Signed BTCal licenses: the file format, parse → verify → evaluate, expiry warnings, issuing.
 *
 * <pre>{@code
 * LicenseVerifier verifier = LicenseVerifier.trusting(LicensePublicKey.fromText(keyText));
 * Outcome<License> license = LicenseParser.parse(fileBytes).flatMap(verifier::verify);
 * LicenseEvaluator evaluator = new LicenseEvaluator(clock, ZoneId.of("Europe/Berlin"));
 * Outcome<LicenseStatus> status = license.map(evaluator::evaluate);
 * String json = LicenseStatusJson.render(status);
 * }</pre>
 *
 * <p>Each step returns an {@link io.github.coexist.license.Outcome}: the value it accepted, or a
 * {@link io.github.coexist.license.LicenseProblem} saying why not. Bad input never throws.
 *
 * <h2>The model</h2>
 *
 * <ul>
 *   <li>{@link io.github.coexist.license.License}: the facts of one license.
 *   <li>{@link io.github.coexist.license.KeyId}: the self-checking name of a signing key.
 * </ul>
 *
 * <h2>Reading a license file</h2>
 *
 * <ul>
 *   <li>{@link io.github.coexist.license.LicenseParser} → {@link
 *       io.github.coexist.license.ParsedLicense}: well formed, not yet trusted.
 *   <li>{@link io.github.coexist.license.LicenseVerifier} → {@link
 *       io.github.coexist.license.License}: signed by a trusted key.
 *   <li>{@link io.github.coexist.license.LicenseFormat}: the extension point for another format;
 *       {@link io.github.coexist.license.CoexistLicenseFormat} is this library's.
 *   <li>{@link io.github.coexist.license.Outcome}, {@link
 *       io.github.coexist.license.LicenseProblem}, {@link io.github.coexist.license.TextPosition}:
 *       results and reasons.
 * </ul>
 *
 * <h2>Evaluating</h2>
 *
 * <ul>
 *   <li>{@link io.github.coexist.license.LicenseEvaluator} (an injected clock and zone) → {@link
 *       io.github.coexist.license.LicenseStatus} ({@link io.github.coexist.license.LicenseState}).
 *   <li>{@link io.github.coexist.license.ExpiryWarning} at a {@link
 *       io.github.coexist.license.WarningLevel}, with its {@link
 *       io.github.coexist.license.WarningEmail}.
 *   <li>{@link io.github.coexist.license.LicenseStatusJson}: the status as JSON.
 * </ul>
 *
 * <h2>Issuing</h2>
 *
 * <ul>
 *   <li>{@link io.github.coexist.license.LicenseSigningKey} and {@link
 *       io.github.coexist.license.LicensePublicKey}: key pairs and their key files; {@link
 *       io.github.coexist.license.KeyFormatException} for a key file that cannot be read.
 *   <li>{@link io.github.coexist.license.LicenseIssuer}: signs a license into its file text.
 *   <li>{@link io.github.coexist.license.DemoLicense}: a license issued on the spot, for demos.
 * </ul>
 *
 * <p>Every parameter is non-null unless documented otherwise. Text is produced with {@code
 * Locale.ROOT} and is the same on every JVM, locale and time zone.
 */
package io.github.coexist.license;
