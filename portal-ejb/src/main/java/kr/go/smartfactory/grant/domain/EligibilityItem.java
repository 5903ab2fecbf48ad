package kr.go.smartfactory.grant.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * One line of an application's eligibility checklist: the rule, whether it passed, the reason (a message key with
 * its values: what was found, e.g. the ban's end day or the earlier support's reference) and, when staff override a
 * failed item, who did, when and why.
 */
@Embeddable
public class EligibilityItem implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_REASON = 500;
    private static final String SEPARATOR = "\u001f";

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 30)
    private EligibilityRule rule;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "reason_key", nullable = false, length = 100)
    private String reasonKey;

    @Column(name = "reason_values", length = 500)
    private String reasonValues;

    @Column(name = "override_reason", length = MAX_REASON)
    private String overrideReason;

    @Column(name = "overridden_by", length = 254)
    private String overriddenBy;

    @Column(name = "overridden_at")
    private Instant overriddenAt;

    protected EligibilityItem() {
        // JPA
    }

    private EligibilityItem(EligibilityRule rule, boolean passed, String reasonKey, List<String> values) {
        this.rule = rule;
        this.passed = passed;
        this.reasonKey = reasonKey;
        this.reasonValues = values.isEmpty() ? null : String.join(SEPARATOR, values);
        if (this.reasonValues != null && this.reasonValues.length() > 500) {
            this.reasonValues = this.reasonValues.substring(0, 500);
        }
    }

    public static EligibilityItem pass(EligibilityRule rule) {
        return new EligibilityItem(rule, true, "eligibility." + rule + ".pass", List.of());
    }

    public static EligibilityItem fail(EligibilityRule rule, String reason, String... values) {
        return new EligibilityItem(rule, false, "eligibility." + rule + "." + reason, List.of(values));
    }

    /** Staff accept a failed item anyway, with a reason that stays on record. */
    void override(String reason, String by, Instant now) {
        if (passed) {
            throw new DomainException("eligibility.override.passed");
        }
        this.overrideReason = Texts.required(reason, MAX_REASON, "overrideReason", "eligibility.override.reason");
        this.overriddenBy = by;
        this.overriddenAt = now;
    }

    /** Carries an earlier override over to a new check of the same rule when the finding is the same. */
    boolean sameFindingAs(EligibilityItem other) {
        return other.rule == rule && other.passed == passed && other.reasonKey.equals(reasonKey)
                && java.util.Objects.equals(other.reasonValues, reasonValues);
    }

    void keepOverrideOf(EligibilityItem earlier) {
        this.overrideReason = earlier.overrideReason;
        this.overriddenBy = earlier.overriddenBy;
        this.overriddenAt = earlier.overriddenAt;
    }

    /** Passed, or failed and overridden by staff. */
    public boolean isSatisfied() {
        return passed || overriddenAt != null;
    }

    public EligibilityRule getRule() {
        return rule;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public List<String> getReasonValues() {
        return reasonValues == null ? List.of() : Arrays.asList(reasonValues.split(SEPARATOR, -1));
    }

    public boolean isOverridden() {
        return overriddenAt != null;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }
}
