package org.shuzhi.warning.internal.cap;

import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads CAP 1.2 XML: validates it against the OASIS schema ({@code warning/CAP-v1.2.xsd}, see
 * {@code warning/PROVENANCE.md}) and maps it to a {@link CapAlert}. Anything that is not valid CAP
 * 1.2 is refused with the schema's complaint and its line and column. DOCTYPEs and external
 * entities are refused (XXE; OWASP XML External Entity Prevention).
 */
@Component
public class CapReader {

  public static final String SCHEMA = "warning/CAP-v1.2.xsd";

  /** Largest message accepted; the spec's examples are under 3 KB. */
  public static final int MAX_CHARS = 1_000_000;

  private final Schema schema;

  public CapReader() {
    try (var in = new ClassPathResource(SCHEMA).getInputStream()) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      this.schema = factory.newSchema(new StreamSource(in));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("CAP schema " + SCHEMA + " could not be loaded", e);
    }
  }

  /**
   * Validates against the CAP 1.2 schema.
   *
   * @throws InvalidInputException {@code warning.cap.invalid} with line, column and the problem
   */
  public void validate(String xml) {
    check(xml);
    try {
      Validator validator = schema.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw invalid(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    } catch (SAXException | IOException e) {
      throw invalid(0, 0, e.getMessage());
    }
  }

  /** Validates, then maps. */
  public CapAlert read(String xml) {
    validate(xml);
    Element alert = parse(xml).getDocumentElement();
    List<CapAlert.Info> infos = new ArrayList<>();
    for (Element info : children(alert, "info")) {
      infos.add(info(info));
    }
    String references = text(alert, "references");
    return new CapAlert(
        text(alert, "identifier"),
        text(alert, "sender"),
        time(alert, "sent"),
        text(alert, "status"),
        text(alert, "msgType"),
        text(alert, "source"),
        text(alert, "scope"),
        text(alert, "note"),
        references == null ? List.of() : List.of(references.trim().split("\\s+")),
        infos);
  }

  private static CapAlert.Info info(Element info) {
    List<CapAlert.Area> areas = new ArrayList<>();
    for (Element area : children(info, "area")) {
      areas.add(
          new CapAlert.Area(
              text(area, "areaDesc"),
              texts(area, "polygon"),
              texts(area, "circle"),
              pairs(area, "geocode")));
    }
    return new CapAlert.Info(
        text(info, "language"),
        texts(info, "category"),
        text(info, "event"),
        texts(info, "responseType"),
        text(info, "urgency"),
        text(info, "severity"),
        text(info, "certainty"),
        pairs(info, "eventCode"),
        time(info, "effective"),
        time(info, "onset"),
        time(info, "expires"),
        text(info, "senderName"),
        text(info, "headline"),
        text(info, "description"),
        text(info, "instruction"),
        text(info, "web"),
        pairs(info, "parameter"),
        areas);
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw invalid(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw invalid(0, 0, e.getMessage());
    }
  }

  private static void check(String xml) {
    if (xml == null || xml.isBlank()) {
      throw new InvalidInputException("xml", "warning.cap.empty");
    }
    if (xml.length() > MAX_CHARS) {
      throw new InvalidInputException("xml", "warning.cap.tooLarge", MAX_CHARS);
    }
    if (xml.contains("<!DOCTYPE")) {
      throw invalid(0, 0, "DOCTYPE is not allowed");
    }
  }

  private static InvalidInputException invalid(int line, int column, String problem) {
    return new InvalidInputException(
        "xml", "warning.cap.invalid", Math.max(line, 0), Math.max(column, 0), problem);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && CapWriter.NAMESPACE.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  private static List<String> texts(Element parent, String name) {
    return children(parent, name).stream().map(Element::getTextContent).toList();
  }

  private static OffsetDateTime time(Element parent, String name) {
    String text = text(parent, name);
    return text == null ? null : CapDateTimes.parse(text);
  }

  private static List<CapAlert.NameValue> pairs(Element parent, String name) {
    return children(parent, name).stream()
        .map(e -> new CapAlert.NameValue(text(e, "valueName"), text(e, "value")))
        .toList();
  }
}
