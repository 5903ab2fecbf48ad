package kr.go.smartfactory.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A page's view parameters and actions ({@code f:metadata}) must be a direct child of the view: inside a template's
 * content Mojarra still applies them but logs JSF1103 on every request (thousands of warning lines a minute under
 * load). Pages put them in {@code ui:define name="metadata"}, which the base template inserts directly under
 * {@code f:view}.
 */
class ViewMetadataPlacementTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String CORE = "jakarta.faces.core";
    private static final String FACELETS = "jakarta.faces.facelets";

    static List<Path> pagesWithMetadata() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).filter(p -> read(p).contains("<f:metadata")).sorted().toList();
        }
    }

    @Test
    void thereArePagesWithViewParameters() throws IOException {
        assertFalse(pagesWithMetadata().isEmpty(), "the scan looks at " + WEBAPP.toAbsolutePath());
    }

    @ParameterizedTest
    @MethodSource("pagesWithMetadata")
    void metadataIsDefinedForTheViewNotInsideContent(Path page) throws Exception {
        NodeList metadata = parse(page).getElementsByTagNameNS(CORE, "metadata");
        assertEquals(1, metadata.getLength(), page + ": one f:metadata");
        Element parent = (Element) metadata.item(0).getParentNode();
        assertTrue(FACELETS.equals(parent.getNamespaceURI()) && "define".equals(parent.getLocalName())
                && "metadata".equals(parent.getAttribute("name")), page + ": f:metadata sits in <ui:define name=\"metadata\">, not in "
                + parent.getTagName() + " " + parent.getAttribute("name"));
    }

    @Test
    void theBaseTemplateInsertsMetadataDirectlyUnderTheView() throws Exception {
        NodeList inserts = parse(WEBAPP.resolve("WEB-INF/templates/base.xhtml")).getElementsByTagNameNS(FACELETS, "insert");
        boolean found = false;
        for (int i = 0; i < inserts.getLength(); i++) {
            Element insert = (Element) inserts.item(i);
            Element parent = (Element) insert.getParentNode();
            if ("metadata".equals(insert.getAttribute("name"))) {
                found = CORE.equals(parent.getNamespaceURI()) && "view".equals(parent.getLocalName());
            }
        }
        assertTrue(found, "base.xhtml: <ui:insert name=\"metadata\"/> as a direct child of <f:view>");
    }

    private static org.w3c.dom.Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(page.toFile());
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
