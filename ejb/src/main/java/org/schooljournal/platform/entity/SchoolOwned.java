package org.schooljournal.platform.entity;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity a school owns. The school is the EclipseLink tenant: reads, finds, JPQL and
 * bulk updates are filtered by it and inserts get it bound, so no query has to remember a filter
 * (R-T01). The tenant is set once per transaction by {@code SchoolTenancy}.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = "school_id",
        contextProperty = SchoolOwned.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public abstract class SchoolOwned {
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
