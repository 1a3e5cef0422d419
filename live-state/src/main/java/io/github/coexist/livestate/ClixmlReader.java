package io.github.coexist.livestate;

import com.google.common.collect.ImmutableMap;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import java.io.InputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads {@code Get-X | Export-Clixml FILE} captures: PowerShell's CLIXML serialization, lossless
 * and with each object's type names.
 *
 * <ul>
 *   <li>The kind comes from the type names ({@code ...SmtpSendConnectorConfig} is a send
 *       connector), with or without the {@code Deserialized.} prefix objects get over remoting; an
 *       explicit kind overrides them.
 *   <li>Every Exchange value (an address space, a smart host, a size) is read from its {@code
 *       <ToString>}, the form Exchange prints and its cmdlets take; a collection becomes the list
 *       of its elements' string forms; {@code <Nil>} is null.
 *   <li>Text is decoded as PowerShell encodes it ({@code _x000A_} is a line feed).
 * </ul>
 *
 * <p>A capture holds objects of one kind, as one {@code Get-} cmdlet lists them; the snapshot marks
 * that kind {@link KindReading.Read} and every other kind {@link KindReading.NotCovered}. An empty
 * capture ({@code <Objs/>}) covers no kind unless one is named.
 */
public final class ClixmlReader {
  /**
   * The type names of the seven kinds, as Exchange names the objects its {@code Get-} cmdlets
   * return; the simple name after the last dot. {@code AcceptedDomain} and {@code
   * SmtpSendConnectorConfig} are confirmed by the captures in this module's tests.
   */
  private static final ImmutableMap<String, ObjectKind> TYPES =
      ImmutableMap.<String, ObjectKind>builder()
          .put("DomainContentConfig", ObjectKind.REMOTE_DOMAIN)
          .put("AcceptedDomain", ObjectKind.ACCEPTED_DOMAIN)
          .put("EmailAddressPolicy", ObjectKind.EMAIL_ADDRESS_POLICY)
          .put("SmtpSendConnectorConfig", ObjectKind.SEND_CONNECTOR)
          .put("ReceiveConnector", ObjectKind.RECEIVE_CONNECTOR)
          .put("TenantInboundConnector", ObjectKind.INBOUND_CONNECTOR)
          .put("TenantOutboundConnector", ObjectKind.OUTBOUND_CONNECTOR)
          .buildOrThrow();

  private static final Pattern ENCODED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  /**
   * One configured factory per thread: making one looks up the StAX implementation, and a factory
   * is not promised to be thread-safe. A capture is data: no DTD, no external entity is ever
   * fetched or expanded.
   */
  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(
          () -> {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_COALESCING, true);
            return factory;
          });

  private final XMLStreamReader xml;
  private final String source;
  private final Map<String, List<String>> typeNames = new HashMap<>();
  private final Map<String, LiveValue> byRefId = new HashMap<>();
  private final ObjectDecoder decoder;

  private ClixmlReader(XMLStreamReader xml, String source) {
    this.xml = xml;
    this.source = source;
    this.decoder = new ObjectDecoder(source);
  }

  /**
   * Reads a capture.
   *
   * @param kind the kind when the caller knows it; empty to take it from the type names
   * @throws SnapshotFormatException for input that is not a capture of one of the seven kinds
   */
  public static Snapshot read(
      InputStream in, String source, Environment environment, Optional<ObjectKind> kind) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(kind, "kind");
    try {
      XMLStreamReader xml = FACTORY.get().createXMLStreamReader(in);
      try {
        return new ClixmlReader(xml, source).document(environment, kind);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String message = e.getMessage();
      // StAX prefixes its message with the position, which the location already gives.
      int cut = message == null ? -1 : message.indexOf("Message: ");
      throw new SnapshotFormatException(
          at == null ? source : source + ":" + at.getLineNumber() + ":" + at.getColumnNumber(),
          "not XML: " + (cut >= 0 ? message.substring(cut + 9) : message),
          e);
    }
  }

  private Snapshot document(Environment environment, Optional<ObjectKind> given)
      throws XMLStreamException {
    nextTag();
    if (!xml.getLocalName().equals("Objs")) {
      throw new SnapshotFormatException(
          here(), "expected <Objs> (an Export-Clixml capture), found <" + xml.getLocalName() + ">");
    }
    ObjectKind kind = given.orElse(null);
    List<LiveObject> objects = new ArrayList<>();
    int index = 0;
    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
      String at = here();
      if (!xml.getLocalName().equals("Obj")) {
        throw new SnapshotFormatException(
            at,
            "object "
                + index
                + ": expected an Exchange object (<Obj>), found <"
                + xml.getLocalName()
                + ">");
      }
      Parsed parsed = obj();
      ObjectKind found = kindOf(parsed.types);
      if (kind == null) {
        if (found == null) {
          throw new SnapshotFormatException(
              at,
              "object "
                  + index
                  + ": type "
                  + (parsed.types.isEmpty() ? "(none)" : Quote.of(parsed.types.get(0)))
                  + " is none of the seven kinds (name the kind: --kind KIND)");
        }
        kind = found;
      } else if (found != null && found != kind) {
        throw new SnapshotFormatException(
            at,
            "object "
                + index
                + ": an object of "
                + found.planKey()
                + " in a capture of "
                + kind.planKey()
                + " (a capture holds one kind)");
      }
      decoder.begin(kind, at);
      parsed.properties.forEach(decoder::put);
      objects.add(decoder.finish());
      index++;
    }
    Snapshot.Builder snapshot = Snapshot.builder().environment(environment);
    if (kind != null) {
      snapshot.reading(kind, new KindReading.Read(objects));
    }
    return snapshot.build();
  }

  private static ObjectKind kindOf(List<String> types) {
    for (String type : types) {
      String name = type.startsWith("Deserialized.") ? type.substring(13) : type;
      ObjectKind kind = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  /** What one {@code <Obj>} holds. */
  private static final class Parsed {
    final List<String> types = new ArrayList<>();
    String toString;
    List<String> list;
    LiveValue primitive;
    final Map<String, LiveValue> properties = new java.util.LinkedHashMap<>();

    /** The object as one value: its list, its ToString, or the primitive it wraps. */
    LiveValue asValue(At at) {
      if (list != null) {
        return new LiveValue.Texts(list, at);
      }
      if (toString != null) {
        return new LiveValue.Text(toString, at);
      }
      if (primitive != null) {
        return primitive;
      }
      // An object with properties only has no string form to compare; say what it was.
      return new LiveValue.Text(types.isEmpty() ? "" : types.get(0), at);
    }
  }

  /** Reads the {@code <Obj>} the reader is at, up to its end tag. */
  private Parsed obj() throws XMLStreamException {
    Parsed parsed = new Parsed();
    String refId = xml.getAttributeValue(null, "RefId");
    At at = at();
    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
      String tag = xml.getLocalName();
      switch (tag) {
        case "TN":
          {
            String id = xml.getAttributeValue(null, "RefId");
            List<String> names = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
              names.add(decode(xml.getElementText()));
            }
            if (id != null) {
              typeNames.put(id, names);
            }
            parsed.types.addAll(names);
            break;
          }
        case "TNRef":
          {
            List<String> names = typeNames.get(xml.getAttributeValue(null, "RefId"));
            if (names == null) {
              throw new SnapshotFormatException(here(), "<TNRef> to type names not given before");
            }
            parsed.types.addAll(names);
            skipToEnd();
            break;
          }
        case "ToString":
          parsed.toString = decode(xml.getElementText());
          break;
        case "Props":
        case "MS":
          members(parsed.properties);
          break;
        case "LST":
        case "IE":
        case "STK":
        case "QUE":
          parsed.list = items();
          break;
        case "DCT":
          skipToEnd();
          break;
        default:
          parsed.primitive = primitive(tag, at());
          break;
      }
    }
    LiveValue value = parsed.asValue(at);
    if (refId != null) {
      byRefId.put(refId, value);
    }
    return parsed;
  }

  /** The named members of a {@code <Props>} or {@code <MS>}, up to its end tag. */
  private void members(Map<String, LiveValue> into) throws XMLStreamException {
    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
      String tag = xml.getLocalName();
      At at = at();
      String name = xml.getAttributeValue(null, "N");
      if (name == null) {
        skipToEnd();
        continue;
      }
      name = decode(name);
      LiveValue value;
      if (tag.equals("Obj")) {
        value = obj().asValue(at);
      } else if (tag.equals("Ref")) {
        value = reference(at);
      } else {
        value = primitive(tag, at);
      }
      if (name.equals("SerializationData")) {
        continue; // .NET's binary form of the value, never an Exchange property
      }
      if (!into.containsKey(name)) {
        into.put(name, value);
      }
    }
  }

  /** The string forms of a collection's elements, up to its end tag. */
  private List<String> items() throws XMLStreamException {
    List<String> items = new ArrayList<>();
    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
      String tag = xml.getLocalName();
      At at = at();
      LiveValue value =
          tag.equals("Obj")
              ? obj().asValue(at)
              : tag.equals("Ref") ? reference(at) : primitive(tag, at);
      String text = LiveValue.display(value);
      if (text != null) {
        items.add(text);
      }
    }
    return items;
  }

  private LiveValue reference(At at) throws XMLStreamException {
    LiveValue value = byRefId.get(xml.getAttributeValue(null, "RefId"));
    if (value == null) {
      throw new SnapshotFormatException(at.toString(), "<Ref> to an object not given before");
    }
    skipToEnd();
    return value;
  }

  /** A primitive element ({@code <S>}, {@code <B>}, {@code <I32>}, {@code <Nil>}, ...). */
  private LiveValue primitive(String tag, At at) throws XMLStreamException {
    switch (tag) {
      case "Nil":
        skipToEnd();
        return new LiveValue.Null(at);
      case "B":
        {
          String text = xml.getElementText().trim();
          if (!text.equals("true") && !text.equals("false")) {
            throw new SnapshotFormatException(
                at.toString(), "<B>: expected true or false, found " + Quote.of(text));
          }
          return new LiveValue.Bool(text.equals("true"), at);
        }
      case "I16":
      case "I32":
      case "I64":
      case "U16":
      case "U32":
      case "U64":
      case "By":
      case "SB":
      case "Db":
      case "Sg":
      case "D":
        return new LiveValue.Number(xml.getElementText().trim(), at);
      case "C":
        {
          String text = xml.getElementText().trim();
          try {
            return new LiveValue.Text(String.valueOf((char) Integer.parseInt(text)), at);
          } catch (NumberFormatException e) {
            throw new SnapshotFormatException(
                at.toString(), "<C>: expected a character code, found " + Quote.of(text));
          }
        }
      case "TS":
        return new LiveValue.Text(timeSpan(xml.getElementText().trim(), at), at);
      default:
        // S, DT, G, URI, Version, XD, SBK, SS, BA, ...: the text as written.
        return new LiveValue.Text(decode(xml.getElementText()), at);
    }
  }

  /**
   * A {@code <TS>} (an XML duration, {@code PT10M}) as .NET prints a TimeSpan, {@code 00:10:00}.
   */
  private static String timeSpan(String text, At at) {
    Duration duration;
    try {
      duration = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new SnapshotFormatException(
          at.toString(), "<TS>: expected a duration such as PT10M, found " + Quote.of(text), e);
    }
    long seconds = duration.getSeconds();
    long days = seconds / 86_400;
    String clock =
        String.format(
            Locale.ROOT,
            "%02d:%02d:%02d",
            (seconds / 3600) % 24,
            (seconds / 60) % 60,
            seconds % 60);
    return days > 0 ? days + "." + clock : clock;
  }

  /** PowerShell's {@code _xHHHH_} escapes decoded. */
  static String decode(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    Matcher m = ENCODED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, "");
      out.append((char) Integer.parseInt(m.group(1), 16));
    }
    m.appendTail(out);
    return out.toString();
  }

  private int nextTag() throws XMLStreamException {
    int event;
    do {
      event = xml.next();
    } while (event != XMLStreamConstants.START_ELEMENT
        && event != XMLStreamConstants.END_ELEMENT
        && event != XMLStreamConstants.END_DOCUMENT);
    return event;
  }

  private void skipToEnd() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private At at() {
    Location at = xml.getLocation();
    return new At(source, at.getLineNumber(), at.getColumnNumber());
  }

  private String here() {
    Location at = xml.getLocation();
    return source + ":" + at.getLineNumber() + ":" + at.getColumnNumber();
  }
}
