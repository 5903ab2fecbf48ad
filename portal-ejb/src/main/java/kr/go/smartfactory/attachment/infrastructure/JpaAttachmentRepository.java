package kr.go.smartfactory.attachment.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.attachment.domain.Attachment;
import kr.go.smartfactory.attachment.domain.AttachmentRepository;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Attachment> attachment(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public List<Attachment> attachments(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Attachment a where a.id in :ids", Attachment.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public void add(Attachment attachment) {
        em.persist(attachment);
    }

    @Override
    public void remove(Attachment attachment) {
        em.remove(attachment);
    }
}
