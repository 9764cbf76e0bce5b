package org.schooljournal.identity.boundary;

import java.util.Set;

/** The signed-in person as the screens greet it. */
public record Profile(String login, String fullName, String schoolName, Set<String> roles) {}
