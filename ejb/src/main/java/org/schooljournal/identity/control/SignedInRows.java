package org.schooljournal.identity.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The rows a signed-in request is checked against (R-A02, R-A05): the account's password hash,
 * whether it may sign in (enabled, no refusal of a parent's consent), its lock's end, then its id,
 * school, role and the school's zone, a row per role (one row without a role for an account that
 * has none). "May sign in" holds the R-A05 rule the identity store's caller query holds at sign-in:
 * a parent whose latest decision is a refusal has no electronic access, so a session it holds ends
 * at its next request. SQL, not JPQL: the guardian is a school's row (a tenant's), read here before
 * any school is known. Plain JDBC: it runs before every signed-in request, outside a transaction,
 * and EclipseLink's native query around the one statement — a non-transactional entity manager, a
 * client session, the query's machinery — cost more than the statement itself (a fifth of the
 * list's stamp check in its flight recording, issue 11).
 */
@ApplicationScoped
public class SignedInRows {
    static final String SQL =
            "select a.password_hash, a.enabled and not exists (select 1 from guardian g"
                    + " where g.account_id = a.id and g.consent = 'REFUSED'), a.locked_until,"
                    + " a.id, r.school_id, r.role, s.time_zone from account a"
                    + " left join account_role r on r.account_id = a.id"
                    + " left join school s on s.id = r.school_id where a.login = ?";

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    /** The account's rows; empty when no account has this login. */
    public List<Object[]> of(String login) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, login);
            try (ResultSet r = s.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                while (r.next()) {
                    Object[] row = new Object[7];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the session's account", e);
        }
    }
}
