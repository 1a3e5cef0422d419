/**
 * Exchange's value types, each parsed from the text forms Exchange prints and takes, and printed in
 * one canonical form.
 *
 * <h2>Names</h2>
 *
 * <ul>
 *   <li>{@link io.github.coexist.core.value.SmtpDomain} — {@code contoso.com}, {@code
 *       *.contoso.com}, {@code *}
 *   <li>{@link io.github.coexist.core.value.SmartHost} — an address, a CIDR block or a host name
 * </ul>
 *
 * <h2>Addresses</h2>
 *
 * <ul>
 *   <li>{@link io.github.coexist.core.value.IpAddress} — IPv4 or IPv6
 *   <li>{@link io.github.coexist.core.value.IpRange} — {@code 10.1.1.1}, {@code 10.1.1.0/24},
 *       {@code 10.1.1.1-10.1.1.9}
 *   <li>{@link io.github.coexist.core.value.Binding} — {@code 0.0.0.0:25}, {@code [::]:25}
 * </ul>
 *
 * <h2>Entries of multi-valued parameters</h2>
 *
 * <ul>
 *   <li>{@link io.github.coexist.core.value.AddressSpace} — {@code SMTP:contoso.com;1}
 *   <li>{@link io.github.coexist.core.value.EmailAddressTemplate} — {@code SMTP:%m@contoso.com}
 * </ul>
 *
 * <h2>Quantities</h2>
 *
 * <ul>
 *   <li>{@link io.github.coexist.core.value.ByteQuantity} — {@code 25MB}, {@code Unlimited}
 *   <li>{@link io.github.coexist.core.value.TimeSpan} — {@code 00:05:00}, {@code 1.00:00:00}
 *   <li>{@link io.github.coexist.core.value.CountLimit} — {@code 132}, {@code Unlimited}
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * <ul>
 *   <li>{@link io.github.coexist.core.value.InvalidValueException} — a malformed text
 * </ul>
 *
 * <h2>Package-wide rules</h2>
 *
 * <ul>
 *   <li>Every type is an immutable, thread-safe final class; {@code X.parse(x.toString())} equals
 *       {@code x}, and {@code equals}/{@code hashCode} compare the canonical value.
 *   <li>{@code parse} ignores leading and trailing U+0020 spaces (and nothing else: a tab or a
 *       newline is an error). Case conversions use {@link java.util.Locale#ROOT}, so parsing does
 *       not depend on the default locale. Nothing here uses DNS.
 *   <li>Parameters are non-null: {@code null} throws {@link java.lang.NullPointerException} naming
 *       the parameter. A malformed text throws {@link
 *       io.github.coexist.core.value.InvalidValueException} (an {@link
 *       java.lang.IllegalArgumentException}) reading {@code not <thing>: "<value>" (<reason>)},
 *       with control and format characters of the value escaped so the message is one line.
 *   <li>Only well-formed syntax is checked. Limits that depend on the cmdlet or the environment
 *       (Exchange Online's IPv4 CIDR /24 to /32, LineWrapSize 0..132, variables in Exchange Online
 *       templates) are facts to read ({@code kind()}, {@code prefixLength()}, {@code
 *       unknownVariables()}, ...) and judge in validation rules.
 * </ul>
 */
package io.github.coexist.core.value;
