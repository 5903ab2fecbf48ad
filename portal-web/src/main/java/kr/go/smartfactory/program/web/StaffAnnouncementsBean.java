package kr.go.smartfactory.program.web;

import java.io.Serializable;
import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.program.application.AnnouncementAdministration;
import kr.go.smartfactory.program.application.AnnouncementSummary;
import kr.go.smartfactory.program.domain.AnnouncementFilter;
import kr.go.smartfactory.program.domain.AnnouncementPhase;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Messages;

/** staff/announcements.xhtml: every announcement, drafts included, by phase and type; a new round; XLSX/CSV. */
@Named
@ViewScoped
public class StaffAnnouncementsBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AnnouncementAdministration administration;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private final AnnouncementFilter filter = new AnnouncementFilter();
    private LazyDataModel<AnnouncementSummary> announcements;
    private ProgramType newType = ProgramType.BASIC;

    @PostConstruct
    void init() {
        announcements = new LazyRows<>(() -> administration.count(filter),
                (first, max) -> administration.announcements(filter, first, max), AnnouncementSummary::id);
    }

    public AnnouncementPhase[] getPhases() {
        return AnnouncementPhase.values();
    }

    public ProgramType[] getTypes() {
        return ProgramType.values();
    }

    private TableExport<AnnouncementSummary> export() {
        return TableExport.<AnnouncementSummary>titled(Messages.text("announcement.staff.title"))
                .column(Messages.text("attr.title"), AnnouncementSummary::title)
                .column(Messages.text("attr.type"), a -> Messages.text("program.type." + a.type()))
                .column(Messages.text("attr.roundYear"), a -> a.roundYear())
                .column(Messages.text("announcement.phase"), a -> Messages.text("announcement.phase." + a.phase()))
                .column(Messages.text("attr.opensAt"), a -> formats.dateTime(a.opensAt()))
                .column(Messages.text("attr.closesAt"), a -> formats.dateTime(a.closesAt()))
                .column(Messages.text("attr.quota"), a -> a.quota())
                .column(Messages.text("attr.budget"), AnnouncementSummary::budget)
                .column(Messages.text("attr.rules.grantCap"), AnnouncementSummary::grantCap)
                .column(Messages.text("attr.regions"), a -> a.nationwide() ? Messages.text("announcement.nationwide")
                        : String.join(", ", a.regions().stream().map(r -> Messages.text("region." + r)).toList()))
                .build();
    }

    @Override
    public StreamedContent getXlsx() {
        AnnouncementFilter f = filter.copy();
        return Downloads.xlsx(export(), each -> administration.forEach(f, each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        AnnouncementFilter f = filter.copy();
        return Downloads.csv(export(), each -> administration.forEach(f, each), clock);
    }

    public AnnouncementFilter getFilter() {
        return filter;
    }

    public LazyDataModel<AnnouncementSummary> getAnnouncements() {
        return announcements;
    }

    public ProgramType getNewType() {
        return newType;
    }

    public void setNewType(ProgramType newType) {
        this.newType = newType;
    }
}
