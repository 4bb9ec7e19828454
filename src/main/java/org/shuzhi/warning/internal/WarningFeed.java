package org.shuzhi.warning.internal;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/**
 * The Atom feed (RFC 4287) of the warnings in force: one entry per warning, whose {@code updated}
 * is the warning's last change, linking to its CAP message ({@code application/cap+xml}), JSON and
 * public page. A cancelled or expired warning leaves the feed (its Cancel message stays available
 * at its CAP link).
 */
@Component
class WarningFeed {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String CAP_TYPE = "application/cap+xml";

  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

  /**
   * @param base absolute URL of the application, without a trailing slash
   * @param now the feed's updated time when it has no entries
   */
  String write(List<WarningRow> warnings, String base, String title, OffsetDateTime now) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = factory.createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.setDefaultNamespace(ATOM);
      x.writeStartElement(ATOM, "feed");
      x.writeDefaultNamespace(ATOM);
      text(x, "id", base + "/api/v1/warnings/feed");
      text(x, "title", title);
      OffsetDateTime updated =
          warnings.stream().map(WarningRow::updatedAt).max(Comparator.naturalOrder()).orElse(now);
      text(x, "updated", rfc3339(updated));
      link(x, "self", "application/atom+xml", base + "/api/v1/warnings/feed");
      link(x, "alternate", "text/html", base + "/public/warnings");
      x.writeStartElement(ATOM, "author");
      text(x, "name", title);
      x.writeEndElement();
      for (WarningRow w : warnings) {
        String api = base + "/api/v1/warnings/" + w.id();
        x.writeStartElement(ATOM, "entry");
        text(x, "id", api);
        text(x, "title", w.headline());
        text(x, "updated", rfc3339(w.updatedAt()));
        if (w.publishedAt() != null) {
          text(x, "published", rfc3339(w.publishedAt()));
        }
        text(x, "summary", w.description());
        category(x, w.colour().name());
        category(x, w.eventType().name());
        category(x, w.status().name());
        link(x, "alternate", CAP_TYPE, api + ".xml");
        link(x, "alternate", "text/html", base + "/public/warnings/" + w.id());
        link(x, "related", "application/json", api);
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Atom feed could not be written", e);
    }
    return out.toString();
  }

  private static String rfc3339(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withNano(0));
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(ATOM, name);
    x.writeCharacters(value == null ? "" : value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String type, String href)
      throws XMLStreamException {
    x.writeEmptyElement(ATOM, "link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }

  private static void category(XMLStreamWriter x, String term) throws XMLStreamException {
    x.writeEmptyElement(ATOM, "category");
    x.writeAttribute("term", term);
  }
}
