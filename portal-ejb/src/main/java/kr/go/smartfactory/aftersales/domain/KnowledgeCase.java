package kr.go.smartfactory.aftersales.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;

import kr.go.smartfactory.search.analysis.KoreanAnalyzers;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * A resolved request published by staff to the knowledge base (비슷한 해결 사례): the problem and its solution in
 * words staff wrote or checked, with no company or person in them ({@link CaseAnonymizer}). Only a published case
 * has a search document ({@link PublishedCasesOnly}); withdrawing it removes the document in the same transaction.
 */
@Entity
@Table(name = "as_case")
@Indexed(index = "as_case", routingBinder = @RoutingBinderRef(type = PublishedCasesOnly.class, retrieval = BeanRetrieval.CONSTRUCTOR))
public class KnowledgeCase {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, unique = true)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @KeywordField(projectable = Projectable.YES)
    private AsCategory category;

    @Column(nullable = false, length = TITLE_MAX)
    @FullTextField(analyzer = KoreanAnalyzers.KOREAN, projectable = Projectable.YES)
    @FullTextField(name = "title_bigram", analyzer = KoreanAnalyzers.KOREAN_BIGRAM, searchAnalyzer = KoreanAnalyzers.KOREAN_BIGRAM_QUERY)
    private String title;

    @Column(nullable = false, length = TEXT_MAX)
    @FullTextField(analyzer = KoreanAnalyzers.KOREAN, projectable = Projectable.YES)
    @FullTextField(name = "problem_bigram", analyzer = KoreanAnalyzers.KOREAN_BIGRAM, searchAnalyzer = KoreanAnalyzers.KOREAN_BIGRAM_QUERY)
    private String problem;

    @Column(nullable = false, length = TEXT_MAX)
    @FullTextField(analyzer = KoreanAnalyzers.KOREAN, projectable = Projectable.YES)
    @FullTextField(name = "solution_bigram", analyzer = KoreanAnalyzers.KOREAN_BIGRAM, searchAnalyzer = KoreanAnalyzers.KOREAN_BIGRAM_QUERY)
    private String solution;

    @Column(name = "published_by", nullable = false, length = 254)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected KnowledgeCase() {
        // JPA
    }

    /**
     * Publishes a resolved (completed or rated) request as a case, refused with every problem at once: each text given
     * and within its length, none naming the request's company or people or holding an identifying number.
     */
    public static KnowledgeCase publish(AsRequest request, String title, String problem, String solution, CaseAnonymizer anonymizer,
            String by, Instant now) {
        requireResolved(request);
        KnowledgeCase c = new KnowledgeCase();
        c.requestId = request.getId();
        c.category = request.getCategory();
        c.write(title, problem, solution, anonymizer);
        c.publishedBy = by;
        c.publishedAt = now;
        return c;
    }

    /** Staff correct a case's words (the same rules as publishing); a withdrawn case is published again. */
    public void revise(String title, String problem, String solution, CaseAnonymizer anonymizer, String by, Instant now) {
        write(title, problem, solution, anonymizer);
        publishedBy = by;
        publishedAt = now;
        withdrawnAt = null;
    }

    /** Takes the case out of the knowledge base (and out of search). */
    public void withdraw(Instant now) {
        if (withdrawnAt != null) {
            throw new DomainException("askb.withdrawn");
        }
        withdrawnAt = now;
    }

    public static void requireResolved(AsRequest request) {
        if (request.getStatus() != AsStatus.COMPLETED && request.getStatus() != AsStatus.CLOSED) {
            throw new DomainException("askb.notResolved");
        }
    }

    private void write(String title, String problem, String solution, CaseAnonymizer anonymizer) {
        DomainException.Collector problems = new DomainException.Collector();
        String t = problems.check("title", () -> Texts.required(title, TITLE_MAX, "title", "askb.title"));
        String p = problems.check("problem", () -> Texts.required(problem, TEXT_MAX, "problem", "askb.problem"));
        String s = problems.check("solution", () -> Texts.required(solution, TEXT_MAX, "solution", "askb.solution"));
        if (anonymizer.finds(t)) {
            problems.add("title", "askb.personal");
        }
        if (anonymizer.finds(p)) {
            problems.add("problem", "askb.personal");
        }
        if (anonymizer.finds(s)) {
            problems.add("solution", "askb.personal");
        }
        problems.throwIfAny();
        this.title = t;
        this.problem = p;
        this.solution = s;
    }

    public boolean isPublished() {
        return withdrawnAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public AsCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getSolution() {
        return solution;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
