package org.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Optional;

/** A school of the municipality: the tenant every school-owned row belongs to (R-T01). */
@Entity
@Table(name = "school")
@NamedQuery(name = "School.all", query = "select s from School s order by s.name")
public class School {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "short_name")
    private String shortName;

    /** The school's own IANA zone when it is not the municipality's (the school clock). */
    @Column(name = "time_zone")
    private String timeZone;

    protected School() {}

    public School(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    public void setTimeZone(ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }
}
