package org.schooljournal.diary.boundary;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A test-only boundary that writes its queries inline, once through each overload with a query
 * string, and once through a named query (allowed): the architecture rule must name the first five.
 */
public class InlineQueryProbe {
    EntityManager em;

    List<?> jpql() {
        return em.createQuery("select p from Pupil p").getResultList();
    }

    List<?> typedJpql() {
        return em.createQuery("select p from Pupil p", Object.class).getResultList();
    }

    List<?> sql() {
        return em.createNativeQuery("select 1").getResultList();
    }

    List<?> mappedSql() {
        return em.createNativeQuery("select 1", Object.class).getResultList();
    }

    List<?> resultSetMappedSql() {
        return em.createNativeQuery("select 1", "mapping").getResultList();
    }

    List<?> named() {
        return em.createNamedQuery("Pupil.ofAccount").getResultList();
    }
}
