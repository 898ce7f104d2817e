package cn.hoist.platform.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Service accounts first, then the staff accounts in the database (where the program has them). */
public class HoistUserDetailsService implements UserDetailsService {

    private final ServiceAccounts serviceAccounts;
    private final AccountStore staff;

    public HoistUserDetailsService(ServiceAccounts serviceAccounts, AccountStore staff) {
        this.serviceAccounts = serviceAccounts;
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return serviceAccounts.find(username).orElseGet(() -> {
            if (staff == null) {
                throw new UsernameNotFoundException("No such account");
            }
            return staff.loadUserByUsername(username);
        });
    }
}
