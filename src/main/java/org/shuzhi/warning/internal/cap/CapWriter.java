package org.shuzhi.warning.internal.cap;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/** Writes a {@link CapAlert} as CAP 1.2 XML, elements in the schema's order. */
@Component
public class CapWriter {

  public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

  public String write(CapAlert alert) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = factory.createXMLStreamWriter(out);
      Indenting w = new Indenting(xml);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(NAMESPACE);
      w.start("alert", 0);
      xml.writeDefaultNamespace(NAMESPACE);
      w.text("identifier", alert.identifier(), 1);
      w.text("sender", alert.sender(), 1);
      w.time("sent", alert.sent(), 1);
      w.text("status", alert.status(), 1);
      w.text("msgType", alert.msgType(), 1);
      w.text("source", alert.source(), 1);
      w.text("scope", alert.scope(), 1);
      w.text("note", alert.note(), 1);
      if (!alert.references().isEmpty()) {
        w.text("references", String.join(" ", alert.references()), 1);
      }
      for (CapAlert.Info info : alert.infos()) {
        writeInfo(w, info);
      }
      w.end(0);
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("CAP XML could not be written", e);
    }
    return out.toString();
  }

  private static void writeInfo(Indenting w, CapAlert.Info info) throws XMLStreamException {
    w.start("info", 1);
    w.text("language", info.language(), 2);
    for (String category : info.categories()) {
      w.text("category", category, 2);
    }
    w.text("event", info.event(), 2);
    for (String responseType : info.responseTypes()) {
      w.text("responseType", responseType, 2);
    }
    w.text("urgency", info.urgency(), 2);
    w.text("severity", info.severity(), 2);
    w.text("certainty", info.certainty(), 2);
    w.pairs("eventCode", info.eventCodes(), 2);
    w.time("effective", info.effective(), 2);
    w.time("onset", info.onset(), 2);
    w.time("expires", info.expires(), 2);
    w.text("senderName", info.senderName(), 2);
    w.text("headline", info.headline(), 2);
    w.text("description", info.description(), 2);
    w.text("instruction", info.instruction(), 2);
    w.text("web", info.web(), 2);
    w.pairs("parameter", info.parameters(), 2);
    for (CapAlert.Area area : info.areas()) {
      w.start("area", 2);
      w.text("areaDesc", area.areaDesc(), 3);
      for (String polygon : area.polygons()) {
        w.text("polygon", polygon, 3);
      }
      for (String circle : area.circles()) {
        w.text("circle", circle, 3);
      }
      w.pairs("geocode", area.geocodes(), 3);
      w.end(2);
    }
    w.end(1);
  }

  /** Two-space indentation, so the XML preview reads well; CAP ignores the whitespace. */
  private record Indenting(XMLStreamWriter xml) {

    void start(String name, int depth) throws XMLStreamException {
      indent(depth);
      xml.writeStartElement(NAMESPACE, name);
    }

    void end(int depth) throws XMLStreamException {
      indent(depth);
      xml.writeEndElement();
    }

    void text(String name, String value, int depth) throws XMLStreamException {
      if (value == null || value.isEmpty()) {
        return;
      }
      indent(depth);
      xml.writeStartElement(NAMESPACE, name);
      xml.writeCharacters(value);
      xml.writeEndElement();
    }

    void time(String name, OffsetDateTime value, int depth) throws XMLStreamException {
      if (value != null) {
        text(name, CapDateTimes.format(value), depth);
      }
    }

    void pairs(String name, List<CapAlert.NameValue> pairs, int depth) throws XMLStreamException {
      for (CapAlert.NameValue pair : pairs) {
        start(name, depth);
        text("valueName", pair.valueName(), depth + 1);
        text("value", pair.value(), depth + 1);
        end(depth);
      }
    }

    private void indent(int depth) throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
