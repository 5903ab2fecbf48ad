package kr.go.smartfactory.project.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of an inspection's checklist: the item, its result, a note. */
@Embeddable
public class CheckResult implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false, length = 20)
    private CheckItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 20)
    private CheckItem.Result result;

    @Column(name = "note", length = 500)
    private String note;

    protected CheckResult() {
        // JPA
    }

    CheckResult(CheckItem item, CheckItem.Result result, String note) {
        this.item = item;
        this.result = result;
        this.note = note;
    }

    public CheckItem getItem() {
        return item;
    }

    public CheckItem.Result getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }
}
