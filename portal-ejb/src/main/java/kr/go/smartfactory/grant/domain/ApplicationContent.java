package kr.go.smartfactory.grant.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kr.go.smartfactory.program.domain.Funding;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * What an application says, as plain values: the working copy while the SME writes, and each submitted version
 * as it was submitted (kept for ever; the last one counts). The eligibility check and every page read this shape.
 */
public record ApplicationContent(SmartLevel currentLevel, LevelSource levelSource, SmartLevel targetLevel, Long supplierId,
        String supplierName, String supplierRegistrationNumber, Participation participation, String goals, String processes,
        String solutions, String securitySolution, Integer buildMonths, List<Line> budget, List<Document> documents) {

    public ApplicationContent {
        budget = budget == null ? List.of() : List.copyOf(budget);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A budget line in won. */
    public record Line(BudgetCategory category, String description, long government, long company, long partner) {

        public long total() {
            return government + company + partner;
        }
    }

    /** A document: its kind, attachment and file name. */
    public record Document(RequiredDocument type, long attachmentId, String fileName) {
    }

    public Funding funding() {
        return BudgetLine.sum(budget.stream().map(l -> new BudgetLine(l.category(), l.description(), Money.won(l.government()),
                Money.won(l.company()), Money.won(l.partner()))).toList());
    }

    public Set<RequiredDocument> documentTypes() {
        return documents.stream().map(Document::type).collect(Collectors.toSet());
    }
}
