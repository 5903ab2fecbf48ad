package kr.go.smartfactory.aftersales.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.aftersales.application.CasePage;
import kr.go.smartfactory.aftersales.application.KnowledgeBase;
import kr.go.smartfactory.aftersales.domain.AsCategory;

/** cases/index.xhtml: the knowledge base of solved after-service cases, searched by words and category (public). */
@Named
@RequestScoped
public class KnowledgeCasesBean {

    private static final int SHOWN = 30;

    @Inject
    private KnowledgeBase knowledgeBase;

    private String q;
    private String category;
    private CasePage result;

    public CasePage getResult() {
        if (result == null) {
            result = knowledgeBase.search(q, chosenCategory(), SHOWN);
        }
        return result;
    }

    private AsCategory chosenCategory() {
        for (AsCategory c : AsCategory.values()) {
            if (c.name().equals(category)) {
                return c;
            }
        }
        return null;
    }

    public AsCategory[] getCategories() {
        return AsCategory.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.substring(0, Math.min(q.length(), 200));
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
