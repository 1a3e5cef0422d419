/**
 * What a live Exchange organisation holds: a {@link io.github.coexist.livestate.Snapshot} of the
 * seven object kinds coexist models, each kind read, unreadable or not covered, every object in the
 * model's own type ({@link io.github.coexist.livestate.LiveObject}). Readers build snapshots from
 * coexist's snapshot JSON, {@code Export-Clixml} captures and {@code ConvertTo-Json} / Exchange
 * Online REST records; errors are {@link io.github.coexist.livestate.SnapshotFormatException}s that
 * name the file, line and column.
 */
package io.github.coexist.livestate;
