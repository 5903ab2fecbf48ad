package kr.go.smartfactory.supplier.web;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.company.application.ReferenceData;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.supplier.application.MatchingForm;
import kr.go.smartfactory.supplier.application.Recommendation;
import kr.go.smartfactory.supplier.application.SupplierDirectory;
import kr.go.smartfactory.supplier.application.SupplierMatch;
import kr.go.smartfactory.supplier.application.SupplierMatching;
import kr.go.smartfactory.supplier.domain.BuildMatch;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;

/** my/matching.xhtml: an SME says what it looks for and sees suppliers ranked by matching verified builds, with why. */
@Named
@ViewScoped
public class MatchingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupplierMatching matching;

    @Inject
    private SupplierDirectory directory;

    @Inject
    private ReferenceData references;

    private MatchingForm form;
    private transient Recommendation recommendation;
    private transient String[] labels;

    @PostConstruct
    void init() {
        form = matching.form();
    }

    public void save() {
        if (Actions.run(() -> matching.save(form), "matching.saved")) {
            recommendation = null;
            labels = null;
        }
    }

    public Recommendation getRecommendation() {
        if (recommendation == null) {
            recommendation = matching.recommend(20);
        }
        return recommendation;
    }

    /** Why a supplier is recommended, e.g. "경남 자동차부품 MES 구축 4건 (전국 9건)". */
    public String reason(SupplierMatch match) {
        String[] labels = criteriaLabels();
        String text = MessageFormat.format(Messages.text("matching.reason." + match.tier().name()
                + (labels[2].isEmpty() ? ".anySolution" : "")), labels[0], labels[1], labels[2], match.count());
        if (match.tier() == BuildMatch.Tier.REGION_INDUSTRY_SOLUTION_LEVEL && match.counts().all() > match.count()) {
            text += " " + MessageFormat.format(Messages.text("matching.reason.nationwide"), match.counts().all());
        }
        return text;
    }

    /** Region, industry and solutions of the recommendation's conditions, in short form — worked out once a page. */
    private String[] criteriaLabels() {
        if (labels == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            MatchingForm criteria = getRecommendation().form();
            String region = "ko".equals(locale.getLanguage()) ? criteria.getRegion().shortName()
                    : Messages.text("region." + criteria.getRegion().name());
            String industry = references.industries().stream().filter(i -> i.getCode().equals(criteria.getIndustry()))
                    .findFirst().map(i -> i.shortName(locale)).orElse(criteria.getIndustry());
            Map<String, Speciality> specialities = directory.specialities().stream()
                    .collect(Collectors.toMap(Speciality::getCode, Function.identity()));
            String solutions = criteria.getSolutions().stream().map(specialities::get).filter(s -> s != null)
                    .map(s -> s.shortName(locale)).collect(Collectors.joining("·"));
            labels = new String[] {region, industry, solutions};
        }
        return labels;
    }

    /** Specialities an SME can want: the whole classification (a parent stands for everything under it). */
    public List<Speciality> getSpecialities() {
        return directory.specialities();
    }

    public List<IndustryCode> getIndustries() {
        return references.industries();
    }

    public MatchingForm getForm() {
        return form;
    }
}
