package kr.go.smartfactory.program.domain;

import java.io.Serializable;

import kr.go.smartfactory.company.domain.Region;

/**
 * What a list of announcements is narrowed to: a phase (upcoming, open, closed; a draft only for staff), a
 * programme type, a region (announcements open to its companies: those for that region and the nationwide
 * ones), and words of the title.
 */
public class AnnouncementFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private AnnouncementPhase phase;
    private ProgramType type;
    private Region region;
    private String text;

    public AnnouncementFilter() {
    }

    public AnnouncementFilter(AnnouncementPhase phase, ProgramType type, Region region, String text) {
        this.phase = phase;
        this.type = type;
        this.region = region;
        setText(text);
    }

    public AnnouncementFilter copy() {
        return new AnnouncementFilter(phase, type, region, text);
    }

    public AnnouncementPhase getPhase() {
        return phase;
    }

    public void setPhase(AnnouncementPhase phase) {
        this.phase = phase;
    }

    public ProgramType getType() {
        return type;
    }

    public void setType(ProgramType type) {
        this.type = type;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.strip();
    }
}
