package org.schooljournal.platform.control;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What features below the school feature may ask about a school: its name and its own time zone.
 * Implemented by the school feature, which they must not import.
 */
public interface SchoolDirectory {
    Optional<String> name(long schoolId);

    /** The school's own zone, if it differs from the municipality's. */
    Optional<ZoneId> zone(long schoolId);
}
