package org.schooljournal.demo.control;

import java.util.List;

/**
 * A demo login with its roles (names as in {@code account_role.role}).
 *
 * @param schoolNumber the school (1-based) the roles are held in; {@code null} for municipal roles
 */
public record DemoAccount(String login, String fullName, Integer schoolNumber, List<String> roles) {
    public DemoAccount {
        roles = List.copyOf(roles);
    }
}
