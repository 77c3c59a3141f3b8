package org.policymonitor.ingest.parse;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses a prepared feed ({@link XmlPreparation}) into one JDOM document, hardened as Rome's own reader is and
 * stated here rather than inherited: a DOCTYPE fails the parse (so no entity can be declared, expanded or fetched),
 * external entities and DTDs are never loaded, the JDK's secure-processing limits apply, and an entity resolver that
 * answers nothing backs all of it up. The body was already capped by the fetcher; elements nested deeper than
 * {@value #MAX_DEPTH} levels are refused too, since building a tree costs time quadratic in its depth (each element
 * added checks its ancestors) and no feed comes near it (XHTML content included).
 * <p>
 * A parser is costly to set up and not thread-safe, so each thread keeps its own and reuses it.
 */
final class SecureXml {

    static final int MAX_DEPTH = 1_000;
    /** The JDK parser's depth limit (JAXP): its error code, and the property its message may name. */
    static final String DEPTH_ERROR = "JAXP00010006";
    static final String DEPTH_PROPERTY = "maxElementDepth";
    private static final ThreadLocal<SAXBuilder> BUILDERS = ThreadLocal.withInitial(SecureXml::builder);

    private SecureXml() {
    }

    static Document read(String xml) throws JDOMException, IOException {
        return BUILDERS.get().build(new StringReader(xml));
    }

    private static SAXBuilder builder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        builder.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setExpandEntities(false);
        builder.setReuseParser(true);
        return builder;
    }
}
