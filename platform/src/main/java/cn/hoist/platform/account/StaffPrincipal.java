package cn.hoist.platform.account;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A staff account as it was when it signed in, with the {@linkplain AccountStore#stamp stamp} of the
 * state that decides what it may do (password, roles, enabled). A session or a remembered sign-in
 * whose stamp no longer matches the account's is ended: a change by the admin takes effect at once.
 */
public class StaffPrincipal extends User {

    private static final long serialVersionUID = 1L;

    private final String stamp;

    StaffPrincipal(String username, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities, String stamp) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.stamp = stamp;
    }

    /** The account's stamp at sign-in; never the password or its hash. */
    public String stamp() {
        return stamp;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
