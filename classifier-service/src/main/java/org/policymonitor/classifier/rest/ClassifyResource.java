package org.policymonitor.classifier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.policymonitor.classifier.engine.Classification;
import org.policymonitor.classifier.engine.ClassificationService;
import org.policymonitor.classifier.engine.ItemText;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.text.ComposedLetters;
import org.policymonitor.platform.text.InvisibleCharacters;
import org.policymonitor.platform.web.ProblemException;

/** {@code POST /api/classify}: how analysts test a text against the rules in force, without Kafka. */
@Path("/api/classify")
@RolesAllowed(Roles.ANALYST)
public class ClassifyResource {

    /** Long enough for any article; a bigger body is a mistake (or an attack), not an item. */
    static final int MAX_TEXT_CHARS = 200_000;
    static final int MAX_SOURCE_CHARS = 200;

    private final ClassificationService classifier;

    public ClassifyResource(ClassificationService classifier) {
        this.classifier = classifier;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ClassifyResponse classify(ClassifyRequest request) {
        if (request == null || (blank(request.title()) && blank(request.summary()) && blank(request.content()))) {
            throw ProblemException.invalidField("title", "give at least one of title, summary or content");
        }
        int length = length(request.title()) + length(request.summary()) + length(request.content());
        if (length > MAX_TEXT_CHARS) {
            throw ProblemException.invalidField(longest(request), "title, summary and content together are " + length
                    + " characters; at most " + MAX_TEXT_CHARS + " are classified");
        }
        if (request.source() != null && request.source().length() > MAX_SOURCE_CHARS) {
            throw ProblemException.invalidField("source", "at most " + MAX_SOURCE_CHARS + " characters (a source id)");
        }
        Classification result = classifier.classify(new ItemText(null, asIngested(request.title()),
                asIngested(request.summary()), asIngested(request.content()), request.language(), request.source()));
        return new ClassifyResponse(result.tags(), result.rulesetVersion(), result.language().code());
    }

    /**
     * The text as ingest-service makes every item's text: invisible characters removed (a zero-width space pasted from
     * a web page split the word it was in) and letters composed (the rules name composed letters: a pasted "й" written
     * as и + U+0306 matches as "й" does). The evidence's offsets are those of this text.
     */
    static String asIngested(String text) {
        return ComposedLetters.of(InvisibleCharacters.removed(text));
    }

    /** The field to shorten first: the longest of the three. */
    private static String longest(ClassifyRequest request) {
        int title = length(request.title());
        int summary = length(request.summary());
        int content = length(request.content());
        return content >= title && content >= summary ? "content" : title >= summary ? "title" : "summary";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
