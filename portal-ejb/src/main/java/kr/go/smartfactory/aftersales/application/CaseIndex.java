package kr.go.smartfactory.aftersales.application;

import kr.go.smartfactory.aftersales.domain.AsCategory;

/** The knowledge base's search (published cases only, by their words and category). */
public interface CaseIndex {

    /** Published cases matching the words (all when blank) in this category (any when null), best first, at most max. */
    CasePage search(String words, AsCategory category, int max);

    /** How many documents the index holds (one per published case when it is in step with the database). */
    long documents();

    /**
     * Writes every case's document again from the database — a published one added or replaced, any other removed —
     * in place, so search keeps answering meanwhile; returns how many published cases it wrote.
     */
    int rebuild();
}
