package kr.go.smartfactory.aftersales.infrastructure;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import kr.go.smartfactory.aftersales.application.CaseIndex;
import kr.go.smartfactory.aftersales.application.CasePage;
import kr.go.smartfactory.aftersales.application.CaseView;
import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.KnowledgeCase;

/**
 * The knowledge base on the Lucene index (Nori, like the directory): a word of the title counts most, then the
 * problem and the solution; the bigram fields catch compounds Nori splits otherwise. Only published cases have
 * documents ({@link kr.go.smartfactory.aftersales.domain.PublishedCasesOnly}).
 */
@ApplicationScoped
public class HibernateSearchCaseIndex implements CaseIndex {

    @PersistenceContext
    private EntityManager em;

    @Override
    public CasePage search(String words, AsCategory category, int max) {
        String text = words == null ? "" : words.strip();
        SearchResult<List<?>> result = Search.session(em).search(KnowledgeCase.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("category", AsCategory.class), f.field("title", String.class),
                        f.field("problem", String.class), f.field("solution", String.class),
                        f.field("publishedAt", Instant.class)).asList())
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!text.isEmpty()) {
                        root.add(f.bool()
                                .should(f.match().field("title").boost(3f).matching(text))
                                .should(f.match().fields("problem", "solution").matching(text))
                                .should(f.match().fields("title_bigram", "problem_bigram", "solution_bigram").boost(0.5f).matching(text)));
                    }
                    if (category != null) {
                        root.add(f.match().field("category").matching(category));
                    }
                })
                .sort(f -> text.isEmpty() ? f.field("publishedAt").desc() : f.score().then().field("publishedAt").desc())
                .fetch(Math.max(0, max));
        List<CaseView> cases = result.hits().stream().map(row -> new CaseView((Long) row.get(0), null, (AsCategory) row.get(1),
                (String) row.get(2), (String) row.get(3), (String) row.get(4), (Instant) row.get(5), true)).toList();
        return new CasePage(cases, result.total().hitCount());
    }

    @Override
    public long documents() {
        return Search.session(em).search(KnowledgeCase.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    @Override
    public int rebuild() {
        SearchSession session = Search.session(em);
        int published = 0;
        long after = 0;
        while (true) {
            List<KnowledgeCase> chunk = em.createQuery("select c from KnowledgeCase c where c.id > :after order by c.id", KnowledgeCase.class)
                    .setParameter("after", after).setMaxResults(REBUILD_CHUNK).getResultList();
            if (chunk.isEmpty()) {
                return published;
            }
            for (KnowledgeCase c : chunk) {
                // the routing bridge adds a published case's document and removes any other's
                session.indexingPlan().addOrUpdate(c);
                published += c.isPublished() ? 1 : 0;
                after = c.getId();
            }
            session.indexingPlan().execute();
            em.clear();
        }
    }

    private static final int REBUILD_CHUNK = 200;
}
