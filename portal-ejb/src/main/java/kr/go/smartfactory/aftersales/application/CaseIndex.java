package kr.go.smartfactory.aftersales.application;

import kr.go.smartfactory.aftersales.domain.AsCategory;

/** The knowledge base's search (published cases only, by their words and category). */
public interface CaseIndex {

    /** Published cases matching the words (all when blank) in this category (any when null), best first, at most max. */
    CasePage search(String words, AsCategory category, int max);
}
