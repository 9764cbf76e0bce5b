package org.schooljournal.archive.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.schooljournal.audit.control.AuditChain;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * Reads one school's audit chain for the archive, which works across schools: the school becomes
 * the tenant of a transaction of its own (as {@code SchoolTenancy} does for a school's user), so
 * the chain is read exactly as the school's own check reads it.
 */
@Stateless
public class AuditChains {
    @PersistenceContext EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<AuditChain.Link> of(long schoolId) {
        em.setProperty(SchoolOwned.TENANT_PROPERTY, schoolId);
        return em.createNamedQuery("AuditEntry.chain", AuditEntry.class).getResultList().stream()
                .map(AuditEntry::link)
                .toList();
    }
}
