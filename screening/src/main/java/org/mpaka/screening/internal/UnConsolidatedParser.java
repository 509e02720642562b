package org.mpaka.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.EntryName;
import org.mpaka.screening.ImportResult;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.Sex;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistEntry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with {@code
 * INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}). Alias quality {@code Good} and {@code
 * a.k.a.} are strong, {@code Low} is weak; {@code NAME_ORIGINAL_SCRIPT} becomes a strong name (it is
 * romanised when screening). DTDs and external entities are refused.
 */
public final class UnConsolidatedParser {

    private UnConsolidatedParser() {}

    /** Thrown for XML that is not well formed; the caller turns it into its own exception. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    /** Deepest nesting of elements read (the list's own is six). */
    static final int MAX_DEPTH = 100;

    /** Parses the whole document. */
    public static ImportResult parse(String source, InputStream in) throws IOException, Malformed {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            // the list is a few levels deep; reading the text of a deeper tree recurses (a stack
            // overflow on JDKs that set no depth limit of their own)
            f.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException ex) throws SAXException {
                    throw ex;
                }
            });
            doc = b.parse(in);
        } catch (org.xml.sax.SAXParseException e) {
            throw new Malformed(
                    "not a well-formed XML document: line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                            + ": " + e.getMessage(),
                    e);
        } catch (SAXException | ParserConfigurationException | RuntimeException e) {
            throw new Malformed("not a well-formed XML document: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("CONSOLIDATED_LIST")) {
            throw new Malformed("root element is " + root.getTagName() + ", expected CONSOLIDATED_LIST", null);
        }
        String version = root.getAttribute("dateGenerated");
        List<WatchlistEntry> entries = new ArrayList<>();
        List<ImportResult.Reject> rejects = new ArrayList<>();
        int record = 0;
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (String tag : new String[] {"INDIVIDUAL", "ENTITY"}) {
            NodeList nodes = root.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                record++;
                Element e = (Element) nodes.item(i);
                String id = text(e, "DATAID");
                String name = joinNames(e);
                if (id.isEmpty() || name.isEmpty()) {
                    rejects.add(new ImportResult.Reject(
                            source, record, tag + (id.isEmpty() ? " without DATAID" : " " + id + " without a name")));
                    continue;
                }
                Integer first = seen.putIfAbsent(id, record);
                if (first != null) {
                    rejects.add(new ImportResult.Reject(
                            source, record, tag + " " + id + ": DATAID already used by record " + first));
                    continue;
                }
                entries.add(entry(e, tag.equals("INDIVIDUAL"), id, name));
            }
        }
        return new ImportResult(
                new Watchlist(version.isEmpty() ? source : version, entries), record, rejects, List.of());
    }

    private static WatchlistEntry entry(Element e, boolean person, String id, String name) {
        List<EntryName> names = new ArrayList<>();
        names.add(new EntryName(name, EntryName.Quality.PRIMARY));
        String original = text(e, "NAME_ORIGINAL_SCRIPT");
        if (!original.isEmpty()) {
            names.add(new EntryName(original, EntryName.Quality.STRONG));
        }
        for (Element a : children(e, person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            String alias = text(a, "ALIAS_NAME");
            if (!alias.isEmpty()) {
                boolean weak = text(a, "QUALITY").toLowerCase(Locale.ROOT).equals("low");
                names.add(new EntryName(alias, weak ? EntryName.Quality.WEAK : EntryName.Quality.STRONG));
            }
        }
        List<PartialDate> dobs = new ArrayList<>();
        for (Element d : children(e, "INDIVIDUAL_DATE_OF_BIRTH")) {
            for (String t : new String[] {"DATE", "YEAR", "FROM_YEAR", "TO_YEAR"}) {
                String v = text(d, t);
                if (!v.isEmpty()) {
                    PartialDate.parseListed(v.length() > 10 ? v.substring(0, 10) : v)
                            .ifPresent(dobs::add);
                }
            }
        }
        List<String> nationalities = new ArrayList<>();
        for (Element n : children(e, "NATIONALITY")) {
            for (Element v : children(n, "VALUE")) {
                String s = v.getTextContent().strip();
                if (!s.isEmpty()) {
                    nationalities.add(s);
                }
            }
        }
        List<DocumentRef> docs = new ArrayList<>();
        for (Element d : children(e, "INDIVIDUAL_DOCUMENT")) {
            String number = text(d, "NUMBER");
            if (!number.isEmpty()) {
                String state = text(d, "ISSUING_COUNTRY");
                docs.add(new DocumentRef(
                        number, text(d, "TYPE_OF_DOCUMENT"), state.isEmpty() ? text(d, "COUNTRY_OF_ISSUE") : state));
            }
        }
        List<String> countries = new ArrayList<>();
        for (Element a : children(e, person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            String c = text(a, "COUNTRY");
            if (!c.isEmpty()) {
                countries.add(c);
            }
        }
        String listed = text(e, "LISTED_ON");
        return new WatchlistEntry(
                "UN",
                id,
                person ? WatchlistEntry.Kind.PERSON : WatchlistEntry.Kind.ENTITY,
                (text(e, "UN_LIST_TYPE") + " " + text(e, "REFERENCE_NUMBER")).strip(),
                names,
                dobs,
                Sex.parse(text(e, "GENDER")),
                nationalities,
                docs,
                countries,
                PartialDate.parse(listed)
                        .filter(p -> p.day() > 0)
                        .map(p -> java.time.LocalDate.of(p.year(), p.month(), p.day()))
                        .orElse(null),
                null);
    }

    private static String joinNames(Element e) {
        StringBuilder sb = new StringBuilder();
        for (String t : new String[] {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
            String v = text(e, t);
            if (!v.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(v);
            }
        }
        return sb.toString();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && el.getTagName().equals(tag)) {
                out.add(el);
            }
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? "" : c.get(0).getTextContent().strip().replaceAll("\\s+", " ");
    }
}
