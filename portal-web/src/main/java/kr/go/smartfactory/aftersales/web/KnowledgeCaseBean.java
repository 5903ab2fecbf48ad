package kr.go.smartfactory.aftersales.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.aftersales.application.CaseView;
import kr.go.smartfactory.aftersales.application.KnowledgeBase;
import kr.go.smartfactory.web.support.Pages;

/** cases/view.xhtml: one published case (a withdrawn or unknown one is a 404; staff also read withdrawn ones). */
@Named
@RequestScoped
public class KnowledgeCaseBean {

    @Inject
    private KnowledgeBase knowledgeBase;

    private Long id;
    private CaseView view;

    public void load() {
        view = id == null ? null : knowledgeBase.publishedCase(id).orElse(null);
        if (view == null) {
            Pages.notFound();
        }
    }

    public CaseView getView() {
        return view;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String id) {
        this.id = Pages.idOrNull(id);
    }
}
