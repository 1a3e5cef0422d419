package io.github.coexist.domino;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * BTCal's foreign-domain mailbox (BTEXCHANGEDB), a database Domino does not create: made on each
 * coexistence server from the Mail Router Mailbox template, with Manager access for the server
 * (BTCal Appendix G; Quest KB 4375445).
 *
 * @param fileName the file name, relative to the data directory, e.g. {@code btexchange.box}
 * @param template the template's title as File &gt; Application &gt; New lists it
 * @param servers the coexistence servers (abbreviated names) that each hold one
 */
public record MailboxDatabase(String fileName, String template, ImmutableList<String> servers) {
  /** The template's title (advanced templates). */
  public static final String TEMPLATE = "Mail Router Mailbox";

  /** Checks that nothing is null. */
  public MailboxDatabase {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(servers, "servers");
  }
}
