package io.github.coexist.domino;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.value.NotesName;
import io.github.coexist.core.value.SmtpDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Domino Directory documents of a validated plan (BTCal fact sheet §1a, §2, §3):
 *
 * <ol>
 *   <li>one Foreign Domain document per foreign domain (BTEXCHANGEDOMAIN, then each of
 *       BTALTEXCHANGEDOMAINS) and coexistence server, gateway mail file and calendar system both
 *       BTEXCHANGEDB (Appendix E: one per server for mail failover);
 *   <li>a Foreign SMTP Domain document that routes the Exchange routing domain to the next-hop
 *       domain {@code <BTEXCHANGEDOMAIN>Direct} (Appendix J's ExchangeDirect);
 *   <li>one SMTP Connection document per coexistence server from it to that domain through the
 *       relay host;
 *   <li>the Global Domain document with the Domino routing domain among its internet domains;
 *   <li>the Configuration Settings' "SMTP used when sending messages outside of the local internet
 *       domain".
 * </ol>
 *
 * <p>Items are named only where docs/domino-directory.md cites HCL's published material.
 */
public final class DominoDirectoryEmitter implements Emitter<DirectoryDocuments> {
  private static final String DOMAINS_VIEW =
      "Domino Administrator > Configuration > Messaging > Domains > Add Domain";
  private static final String CONNECTIONS_VIEW =
      "Domino Administrator > Configuration > Messaging > Connections > Add Connection";
  private static final String CONFIGURATIONS_VIEW =
      "Domino Administrator > Configuration > Server > Configurations > Edit Configuration";
  private static final String UPDATE_CONFIG = "tell router update config";

  private DominoDirectoryEmitter() {}

  /** The emitter. */
  public static DominoDirectoryEmitter standard() {
    return new DominoDirectoryEmitter();
  }

  /**
   * The documents of {@code valid}.
   *
   * @throws UnsafeDirectoryValueException when a value holds a control or invisible character
   */
  @Override
  public DirectoryDocuments emit(ValidatedPlan valid) {
    CoexistencePlan plan = valid.plan();
    DominoSettings domino = plan.domino().orElseGet(() -> DominoSettings.builder().build());
    Optional<DominoDirectory> directory = domino.directory();
    String mailbox = safe("domino.foreignDomainMailbox", domino.foreignDomainMailbox().orElse(""));
    List<String> foreign = new ArrayList<>();
    domino.foreignDomain().ifPresent(f -> foreign.add(safe("domino.foreignDomain", f)));
    for (int k = 0; k < domino.altForeignDomains().size(); k++) {
      foreign.add(safe("domino.altForeignDomains[" + k + "]", domino.altForeignDomains().get(k)));
    }
    List<NotesName> servers = new ArrayList<>();
    for (int k = 0; k < plan.coexistenceServers().size(); k++) {
      CoexistenceServer server = plan.coexistenceServers().get(k);
      servers.add(NotesName.parse(safe("coexistenceServers[" + k + "].name", server.name())));
    }
    Optional<String> notesDomain =
        directory
            .flatMap(DominoDirectory::notesDomain)
            .map(d -> safe("domino.directory.notesDomain", d));

    List<DirectoryDocument> documents = new ArrayList<>();
    for (String domain : foreign) {
      for (NotesName server : servers) {
        documents.add(foreignDomain(domain, server, mailbox));
      }
    }
    String nextHop = foreign.isEmpty() ? "ExchangeDirect" : foreign.get(0) + "Direct";
    SmtpDomain exchange = plan.domains().exchangeRouting();
    documents.add(foreignSmtpDomain(exchange, nextHop));
    String relay =
        directory
            .flatMap(DominoDirectory::exchangeRelayHost)
            .map(Object::toString)
            .orElse("(the relay host to Exchange)");
    for (NotesName server : servers) {
      documents.add(smtpConnection(server, notesDomain, nextHop, relay, exchange));
    }
    Optional<GlobalDomain> global = directory.flatMap(DominoDirectory::globalDomain);
    if (global.isPresent()) {
      documents.add(globalDomain(global.get(), notesDomain, plan.domains().dominoRouting()));
    }
    documents.add(configuration(exchange));
    return new DirectoryDocuments(
        new MailboxDatabase(
            mailbox,
            MailboxDatabase.TEMPLATE,
            servers.stream().map(NotesName::abbreviated).collect(ImmutableList.toImmutableList())),
        ImmutableList.copyOf(documents));
  }

  private static DirectoryDocument foreignDomain(String domain, NotesName server, String mailbox) {
    return new DirectoryDocument(
        DocumentKind.FOREIGN_DOMAIN,
        domain + " via " + server.abbreviated(),
        DOMAINS_VIEW,
        ImmutableList.of(DirectoryItem.of("Form", "Domain"), DirectoryItem.of("Type", "Domain")),
        ImmutableList.of(
            // The keyword stored for "Foreign Domain" is not published: picked in the form.
            DirectoryField.manual("Basics", DirectoryDocument.TYPE_LABEL, "Foreign Domain"),
            DirectoryField.written(
                "Basics", "Foreign domain name", domain, DirectoryItem.of("DomainName", domain)),
            DirectoryField.written(
                "Mail Information",
                "Gateway server name",
                server.abbreviated(),
                DirectoryItem.of("MailServer", server.canonical())),
            DirectoryField.written(
                "Mail Information",
                "Gateway mail file name",
                mailbox,
                DirectoryItem.of("MailFile", mailbox)),
            DirectoryField.written(
                "Calendar Information",
                "Calendar server name",
                server.abbreviated(),
                DirectoryItem.of("CalendarServer", server.canonical())),
            DirectoryField.written(
                "Calendar Information",
                "Calendar system",
                mailbox,
                DirectoryItem.of("CalendarSystem", mailbox))),
        ImmutableList.of(UPDATE_CONFIG, "show config BTEXCHANGEDOMAIN", "show config BTEXCHANGEDB"),
        "From a Notes client, send a message to a test user at "
            + domain
            + " (Test User@"
            + domain
            + "): the router delivers it into "
            + mailbox
            + " on "
            + server.abbreviated()
            + ", where BTCal picks it up; show config must print "
            + domain
            + " and "
            + mailbox
            + ".");
  }

  private static DirectoryDocument foreignSmtpDomain(SmtpDomain exchange, String nextHop) {
    return new DirectoryDocument(
        DocumentKind.FOREIGN_SMTP_DOMAIN,
        exchange.toString(),
        DOMAINS_VIEW,
        ImmutableList.of(),
        ImmutableList.of(
            DirectoryField.manual("Basics", DirectoryDocument.TYPE_LABEL, "Foreign SMTP Domain"),
            DirectoryField.manual(
                "Routing", "Messages addressed to: Internet Domain", exchange.toString()),
            DirectoryField.manual("Routing", "Should be routed to: Domain name", nextHop)),
        ImmutableList.of(UPDATE_CONFIG, "show stat mail.*"),
        "From a Notes client, send a message to postmaster@"
            + exchange
            + ": it leaves Domino over SMTP (the SMTP Connection document) instead of staying in"
            + " mail.box as undeliverable.");
  }

  private static DirectoryDocument smtpConnection(
      NotesName server,
      Optional<String> notesDomain,
      String nextHop,
      String relay,
      SmtpDomain exchange) {
    List<DirectoryField> fields = new ArrayList<>();
    fields.add(DirectoryField.manual("Basics", "Connection type", "SMTP"));
    fields.add(DirectoryField.manual("Basics", "Source server", server.abbreviated()));
    fields.add(
        DirectoryField.manual(
            "Basics", "Source domain", notesDomain.orElse("(the coexistence servers' domain)")));
    fields.add(DirectoryField.manual("Basics", "Destination domain", nextHop));
    fields.add(DirectoryField.manual("Basics", "SMTP MTA relay host", relay));
    fields.add(DirectoryField.manual("Replication/Routing", "Routing task", "SMTP Mail Routing"));
    return new DirectoryDocument(
        DocumentKind.SMTP_CONNECTION,
        server.abbreviated() + " to " + nextHop,
        CONNECTIONS_VIEW,
        ImmutableList.of(),
        ImmutableList.copyOf(fields),
        ImmutableList.of(UPDATE_CONFIG, "show stat mail.*"),
        "From a Notes user, send a message to a user already on Exchange at "
            + exchange
            + ": it arrives in the Exchange mailbox, and its Received headers show "
            + server.abbreviated()
            + " handing it to "
            + relay
            + ".");
  }

  private static DirectoryDocument globalDomain(
      GlobalDomain global, Optional<String> notesDomain, SmtpDomain dominoRouting) {
    String name = safe("domino.directory.globalDomain.name", global.name());
    List<DirectoryField> fields = new ArrayList<>();
    fields.add(
        DirectoryField.written(
            "Basics",
            DirectoryDocument.TYPE_LABEL,
            "Global Domain",
            DirectoryItem.of("DomainType", "GlobalDomain")));
    fields.add(
        DirectoryField.written(
            "Basics", "Global domain name", name, DirectoryItem.of("DomainName", name)));
    fields.add(
        DirectoryField.written(
            "Basics", "Global domain role", "SMTP", DirectoryItem.of("GlobalDomainTasks", "SMTP")));
    notesDomain.ifPresent(
        d ->
            fields.add(
                DirectoryField.written(
                    "Basics",
                    "Domino domains and aliases",
                    d,
                    DirectoryItem.of("NotesDomainList", d))));
    fields.add(
        DirectoryField.written(
            "Conversions",
            "Local primary Internet domain",
            global.primaryInternetDomain().toString(),
            DirectoryItem.of(
                "LocalPrimaryInternetDomain", global.primaryInternetDomain().toString())));
    List<String> aliases =
        global.internetDomainAliases().stream().map(SmtpDomain::toString).toList();
    if (!aliases.isEmpty()) {
      fields.add(
          DirectoryField.written(
              "Conversions",
              "Alternate Internet domain aliases",
              String.join(", ", aliases),
              DirectoryItem.list("LocalInternetDomainAliases", aliases)));
    }
    return new DirectoryDocument(
        DocumentKind.GLOBAL_DOMAIN,
        name,
        DOMAINS_VIEW,
        ImmutableList.of(DirectoryItem.of("Form", "Domain"), DirectoryItem.of("Type", "Domain")),
        ImmutableList.copyOf(fields),
        ImmutableList.of(UPDATE_CONFIG),
        "From Exchange, send a message to a Domino user at "
            + dominoRouting
            + ": Domino accepts it as local and delivers it (no \"relay denied\" NDR).");
  }

  private static DirectoryDocument configuration(SmtpDomain exchange) {
    return new DirectoryDocument(
        DocumentKind.CONFIGURATION_SETTINGS,
        "for the coexistence servers",
        CONFIGURATIONS_VIEW,
        ImmutableList.of(),
        ImmutableList.of(
            DirectoryField.manual(
                "Router/SMTP > Basics",
                "SMTP used when sending messages outside of the local internet domain",
                "Enabled")),
        ImmutableList.of(UPDATE_CONFIG, "show stat mail.*"),
        "The test message to " + exchange + " (Foreign SMTP Domain) leaves over SMTP.");
  }

  /** {@code value}, or the refusal naming {@code path}. */
  static String safe(String path, String value) {
    int at = UnsafeText.invisible().indexIn(value);
    if (at >= 0) {
      throw new UnsafeDirectoryValueException(
          path,
          UnsafeText.codePoint(value.codePointAt(at))
              + " cannot be part of a Domino Directory document; write one line of visible"
              + " characters");
    }
    return value;
  }
}
