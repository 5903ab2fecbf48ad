package kr.go.smartfactory.evaluation.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.evaluation.application.Objections;
import kr.go.smartfactory.evaluation.application.ResultView;
import kr.go.smartfactory.grant.web.ApplicationWizardBean;
import kr.go.smartfactory.web.support.Actions;

/** The result panel of my/application.xhtml: the applicant's outcome, score and rank, and its objections (이의신청). */
@Named
@ViewScoped
public class ApplicationResultBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Objections objections;

    @Inject
    private ApplicationWizardBean wizard;

    private ResultView result;
    private boolean loaded;
    private String reason;

    public ResultView getResult() {
        if (!loaded) {
            loaded = true;
            var view = wizard.getView();
            if (view != null && view.summary().receiptNumber() != null) {
                result = objections.result(view.summary().id()).orElse(null);
            }
        }
        return result;
    }

    public void object() {
        Actions.call(() -> objections.file(getResult().applicationId(), reason), "objection.filed.done").ifPresent(r -> {
            result = r;
            reason = null;
        });
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
