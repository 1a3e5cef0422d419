package io.github.coexist.livestate.drift;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.ExchangeEquivalence;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.LiveObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What identifies an object of each kind, and which live object a planned one is. Domains are
 * identified by the domain they name (an accepted or remote domain can be renamed, its domain
 * cannot: <a href="https://learn.microsoft.com/powershell/module/exchange/set-accepteddomain">
 * Set-AcceptedDomain</a> and <a
 * href="https://learn.microsoft.com/powershell/module/exchange/set-remotedomain">Set-RemoteDomain</a>
 * take -Name but no -DomainName); a receive connector by {@code SERVER\Name} (its name is unique
 * only on its server; <a
 * href="https://learn.microsoft.com/powershell/module/exchange/get-receiveconnector">Get-ReceiveConnector</a>
 * identifies it as {@code ServerName\Name}); every other kind by its name. Names compare as
 * Exchange compares them, case-insensitively ({@link ExchangeEquivalence}).
 */
final class Identities {
  private final ObjectKind kind;
  private final List<LiveObject> live;
  private final boolean[] claimed;
  // By identity beyond the name (a domain; a server and a name), and by name, made when a planned
  // object without such an identity first asks.
  private final IdentityIndex byKey;
  private IdentityIndex byName;

  /**
   * Indexes the live objects of one kind. Two with one identity (which Exchange refuses, but an
   * input may hold) are claimed in input order.
   */
  Identities(ObjectKind kind, List<LiveObject> live) {
    this.kind = kind;
    this.live = live;
    this.claimed = new boolean[live.size()];
    this.byKey = new IdentityIndex(live.size());
    String[] key = new String[2];
    for (int i = live.size() - 1; i >= 0; i--) {
      if (key(live.get(i).object(), live.get(i).identity(), key)) {
        byKey.addFirst(key[0], key[1], i);
      }
    }
  }

  /**
   * The live object the planned one is, if any (else null), and claims it: the identity key when
   * the planned object has one (its domain, its server), else the name.
   */
  LiveObject claim(ExchangeObject planned) {
    String[] key = new String[2];
    IdentityIndex index;
    if (key(planned, null, key)) {
      index = byKey;
    } else {
      if (byName == null) {
        byName = new IdentityIndex(live.size());
        for (int i = live.size() - 1; i >= 0; i--) {
          byName.addFirst(null, live.get(i).object().name(), i);
        }
      }
      index = byName;
      key[0] = null;
      key[1] = planned.name();
    }
    for (int i = index.head(key[0], key[1]); i >= 0; i = index.next(i)) {
      if (!claimed[i]) {
        claimed[i] = true;
        return live.get(i);
      }
    }
    return null;
  }

  /** The live objects no planned object claimed, in input order. */
  List<LiveObject> unclaimed() {
    List<LiveObject> rest = new ArrayList<>();
    for (int i = 0; i < live.size(); i++) {
      if (!claimed[i]) {
        rest.add(live.get(i));
      }
    }
    return rest;
  }

  /**
   * The identity beyond the name into {@code key} (two texts, the first may be null), if the object
   * has one: the domain of a domain (canonical, so compared as Exchange compares domains); {@code
   * server\name} of a receive connector (the server from the object, else from a live identity
   * {@code SERVER\Name}).
   */
  private boolean key(ExchangeObject object, String liveIdentity, String[] key) {
    switch (kind) {
      case ACCEPTED_DOMAIN -> {
        return domain(((AcceptedDomain) object).domainName(), key);
      }
      case REMOTE_DOMAIN -> {
        return domain(((RemoteDomain) object).domainName(), key);
      }
      case RECEIVE_CONNECTOR -> {
        String server = ((ReceiveConnector) object).server().orElse(null);
        if (server == null && liveIdentity != null && liveIdentity.indexOf('\\') > 0) {
          server = liveIdentity.substring(0, liveIdentity.indexOf('\\'));
        }
        key[0] = server;
        key[1] = object.name();
        return server != null;
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean domain(Optional<SmtpDomain> domain, String[] key) {
    key[0] = null;
    key[1] = domain.isPresent() ? domain.get().toString() : null;
    return domain.isPresent();
  }
}
