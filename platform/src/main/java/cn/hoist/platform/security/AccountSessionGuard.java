package cn.hoist.platform.security;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.hoist.platform.account.AccountStore;
import cn.hoist.platform.account.StaffPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a page session as soon as its account is disabled, deleted, or has its roles or password changed:
 * each request of a session checks the account's {@linkplain StaffPrincipal#stamp stamp} against the database
 * (one indexed read), so a change made on any instance of the program — a chain's other CRM included — takes
 * effect with the session's next request. The user is sent to the sign-in page, which says why.
 */
public class AccountSessionGuard extends OncePerRequestFilter {

    /** The sign-in page's query parameter that shows "your account was changed". */
    public static final String CHANGED_PARAMETER = "changed";

    private static final Logger log = LoggerFactory.getLogger(AccountSessionGuard.class);

    private final AccountStore accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public AccountSessionGuard(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                && !accounts.isCurrent(principal)) {
            log.info("Ended a session of '{}': the account was disabled, removed, or its roles or password changed",
                    principal.getUsername());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
            String login = request.getContextPath() + "/login?" + CHANGED_PARAMETER;
            if (request.getHeader("HX-Request") != null) {
                // htmx follows a redirect inside the page; this makes it load the sign-in page as a whole
                response.setHeader("HX-Redirect", login);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(login);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
