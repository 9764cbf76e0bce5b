package org.schooljournal.identity.boundary;

import java.util.Set;

/**
 * The signed-in person as the screens greet it. Kept in the HTTP session ({@code SessionView}),
 * which a cluster replicates: serializable.
 */
public record Profile(String login, String fullName, String schoolName, Set<String> roles)
        implements java.io.Serializable {}
