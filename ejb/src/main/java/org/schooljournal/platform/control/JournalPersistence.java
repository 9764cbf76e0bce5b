package org.schooljournal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The journal's container-managed EntityManager for CDI injection. In the EAR a persistence unit is
 * visible only inside its own module, so the batch jar and the tenancy interceptor (which runs in
 * the environment of the bean it intercepts) take the EntityManager from here instead of declaring
 * {@code @PersistenceContext} themselves.
 */
@ApplicationScoped
public class JournalPersistence {
    @Produces
    @PersistenceContext(unitName = "journal")
    EntityManager em;
}
