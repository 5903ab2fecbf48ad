package kr.go.smartfactory.program.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.application.AnnouncementCatalog;
import kr.go.smartfactory.program.application.AnnouncementPage;
import kr.go.smartfactory.program.domain.AnnouncementFilter;
import kr.go.smartfactory.program.domain.AnnouncementPhase;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.web.support.Pager;
import kr.go.smartfactory.web.support.Pages;

/**
 * announcements/index.xhtml: published announcements for everyone — open ones by default, soonest deadline
 * first — narrowed by phase, type, region and title words; every state is a plain GET URL (no session). A value
 * that is not a code is ignored rather than an error, so a mistyped link still shows the list.
 */
@Named
@RequestScoped
public class AnnouncementsBean {

    static final int SIZE = 10;

    @Inject
    private AnnouncementCatalog catalog;

    private String phase = AnnouncementPhase.OPEN.name();
    private String type;
    private String region;
    private String q;
    private int page;
    private AnnouncementPage result;

    public AnnouncementPage getResult() {
        if (result == null) {
            AnnouncementFilter filter = new AnnouncementFilter(phaseValue(), code(ProgramType.class, type),
                    code(Region.class, region), q == null ? null : q.substring(0, Math.min(q.length(), 200)));
            result = catalog.page(filter, page, SIZE);
        }
        return result;
    }

    /** The home page's open announcements, soonest deadline first (at most three). */
    public List<kr.go.smartfactory.program.application.AnnouncementSummary> getOpenNow() {
        return catalog.page(new AnnouncementFilter(AnnouncementPhase.OPEN, null, null, null), 0, 3).items();
    }

    private AnnouncementPhase phaseValue() {
        AnnouncementPhase p = code(AnnouncementPhase.class, phase);
        return p == AnnouncementPhase.DRAFT ? null : p;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    public List<AnnouncementPhase> getPhases() {
        return List.of(AnnouncementPhase.OPEN, AnnouncementPhase.UPCOMING, AnnouncementPhase.CLOSED);
    }

    public ProgramType[] getTypes() {
        return ProgramType.values();
    }

    public long getPageCount() {
        return (getResult().total() + SIZE - 1) / SIZE;
    }

    public List<Integer> getPageNumbers() {
        return Pager.numbers(page, getPageCount());
    }

    public String onPage(int target) {
        Map<String, String> params = current();
        params.put("page", String.valueOf(target));
        return url(params);
    }

    private Map<String, String> current() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "phase", phaseValue() == null ? "ALL" : phaseValue().name());
        put(params, "type", code(ProgramType.class, type));
        put(params, "region", code(Region.class, region));
        put(params, "q", q);
        return params;
    }

    private static void put(Map<String, String> params, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            params.put(name, String.valueOf(value));
        }
    }

    private static String url(Map<String, String> params) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return context + "/announcements/index.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    /** viewParam "phase": OPEN (the default), UPCOMING, CLOSED, or ALL. */
    public String getPhase() {
        return phaseValue() == null ? "ALL" : phaseValue().name();
    }

    public void setPhase(String phase) {
        this.phase = phase == null || phase.isBlank() ? AnnouncementPhase.OPEN.name() : phase;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public int getPage() {
        return page;
    }

    /** "abc" or a negative number is the first page, never an error. */
    public String getPageText() {
        return page == 0 ? null : String.valueOf(page);
    }

    public void setPageText(String text) {
        Integer value = Pages.integerOrNull(text);
        this.page = value == null || value < 0 ? 0 : Math.min(value, AnnouncementCatalog.MAX_ROWS / SIZE - 1);
    }
}
