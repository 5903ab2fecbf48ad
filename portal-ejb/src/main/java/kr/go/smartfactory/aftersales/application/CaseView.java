package kr.go.smartfactory.aftersales.application;

import java.time.Instant;

import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.KnowledgeCase;

/**
 * A knowledge-base case as readers see it: no request number, company or person — only what staff published.
 * {@code requestId} is filled for staff only (the link back to the request); {@code published} false for a withdrawn
 * case, which only staff see.
 */
public record CaseView(long id, Long requestId, AsCategory category, String title, String problem, String solution,
        Instant publishedAt, boolean published) {

    static CaseView of(KnowledgeCase c, boolean staff) {
        return new CaseView(c.getId(), staff ? c.getRequestId() : null, c.getCategory(), c.getTitle(), c.getProblem(),
                c.getSolution(), c.getPublishedAt(), c.isPublished());
    }

    /** The solution's beginning, for a list. */
    public String summary() {
        return shorten(solution, 140);
    }

    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "…";
    }
}
