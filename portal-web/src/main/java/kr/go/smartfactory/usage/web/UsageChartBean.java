package kr.go.smartfactory.usage.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.usage.application.UsageReports;
import kr.go.smartfactory.usage.domain.DailyUse;
import kr.go.smartfactory.usage.domain.UseKind;

/**
 * The daily use chart of one site (WEB-INF/includes/usage-chart.xhtml) on my/usage and staff/usage: the site chosen
 * by the {@code key} parameter, over the last 7, 30 or 90 days ({@code days}). The service checks the caller may see it.
 */
@Named
@ViewScoped
public class UsageChartBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> SPANS = List.of(7, 30, 90);

    @Inject
    private UsageReports reports;

    private Long key;
    private int days = 30;
    private UsageReports.SiteUse use;

    /** The chosen site's use, read once per view (null when none is chosen). */
    public UsageReports.SiteUse getUse() {
        if (use == null && key != null) {
            use = reports.siteUse(key, days);
        }
        return use;
    }

    /** The days newest first, as the table lists them. */
    public List<DailyUse> getDaysNewestFirst() {
        UsageReports.SiteUse u = getUse();
        if (u == null) {
            return List.of();
        }
        List<DailyUse> list = new java.util.ArrayList<>(u.days());
        java.util.Collections.reverse(list);
        return list;
    }

    /** A day's bar as a share of the busiest day of the period, in percent (0-100). */
    public long bar(DailyUse day) {
        UsageReports.SiteUse u = getUse();
        return u == null || u.mostAccepted() == 0 ? 0 : Math.round(100.0 * day.accepted() / u.mostAccepted());
    }

    /** The period's accepted logs by 사용구분. */
    public record KindTotal(UseKind kind, long count) implements Serializable {
    }

    public List<KindTotal> getKindTotals() {
        UsageReports.SiteUse u = getUse();
        if (u == null) {
            return List.of();
        }
        return Arrays.stream(UseKind.values()).map(k -> new KindTotal(k, u.days().stream().mapToLong(d -> d.of(k)).sum())).toList();
    }

    public List<Integer> getSpans() {
        return SPANS;
    }

    public Long getKey() {
        return key;
    }

    public void setKey(Long key) {
        this.key = key;
        use = null;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days == null || !SPANS.contains(days) ? 30 : days;
        use = null;
    }
}
