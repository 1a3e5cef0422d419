/**
 * The one text policy: {@link io.github.coexist.core.text.UnsafeText}, the named categories of
 * characters that make user text unsafe or misleading in a script, a file or a console, and the
 * compositions every layer (validation, emitters, readers, the CLI) refuses or escapes.
 */
package io.github.coexist.core.text;
