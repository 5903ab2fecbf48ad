package kr.go.smartfactory.supplier.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.search.query.InitialsVocabulary;
import kr.go.smartfactory.search.query.VocabularyBuilder;
import kr.go.smartfactory.supplier.domain.RegistrationStatus;

/**
 * The directory's vocabulary for 초성 queries (ㅅㅁㅌㄱㅈ → 스마트공장, ㄱㄷㄹ → 가동률): speciality names and the
 * listed suppliers' solution names and the words of their introductions and build histories, weighted by how many texts hold them. Built
 * from the database at start-up in the background ({@link SearchVocabularyWarmUp}) and by the nightly
 * search-index-refresh job (its last step); a 초성 search on a node that has none yet waits for that first build.
 * Every node builds its own (it is derived data, like the index).
 */
@ApplicationScoped
public class SearchVocabulary {

    /** The newest build histories read (the vocabulary of 100,000 needs no more to know the frequent words). */
    static final int MAX_HISTORIES = 50_000;

    /** From how many listed build histories a node builds its vocabulary at start-up rather than on the first 초성 search. */
    static final long WARM_UP_FROM = 5_000;

    @PersistenceContext
    private EntityManager em;

    private volatile InitialsVocabulary vocabulary;

    /** The vocabulary, built now if this node has none yet. */
    public InitialsVocabulary current() {
        InitialsVocabulary v = vocabulary;
        return v != null ? v : firstBuild();
    }

    /** Concurrent first 초성 searches wait for one build instead of each building. */
    private synchronized InitialsVocabulary firstBuild() {
        return vocabulary != null ? vocabulary : rebuild();
    }

    /** How many build histories of listed suppliers the vocabulary would read. */
    public long listedHistories() {
        return em.createQuery("select count(h) from BuildHistory h where h.supplier.registration.status = :listed", Long.class)
                .setParameter("listed", RegistrationStatus.APPROVED).getSingleResult();
    }

    /** Builds the vocabulary again from the database (in the caller's transaction); how many words it holds. */
    public synchronized InitialsVocabulary rebuild() {
        VocabularyBuilder builder = new VocabularyBuilder();
        em.createQuery("select s.nameKo from Speciality s", String.class).getResultList().forEach(builder::name);
        // listed suppliers only: what search can find
        em.createQuery("select distinct s.name from Solution s where s.supplier.registration.status = :listed", String.class)
                .setParameter("listed", RegistrationStatus.APPROVED).getResultStream().forEach(builder::name);
        em.createQuery("select p.introduction from SupplierProfile p where p.introduction is not null and p.registration.status = :listed",
                String.class).setParameter("listed", RegistrationStatus.APPROVED).getResultStream().forEach(builder::text);
        List<String> histories = em.createQuery("select h.description from BuildHistory h where h.supplier.registration.status = :listed "
                + "order by h.id desc", String.class).setParameter("listed", RegistrationStatus.APPROVED).setMaxResults(MAX_HISTORIES)
                .getResultList();
        histories.forEach(builder::text);
        InitialsVocabulary built = builder.build();
        vocabulary = built;
        return built;
    }
}
