package cn.hoist.console.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.hoist.console.fleet.AgentService;

/**
 * Authenticates agents by their bearer credential. A wrong or revoked credential is answered
 * at once with 401; a request without one continues unauthenticated (and is refused later unless
 * the endpoint is open, like enrollment).
 */
class AgentAuthenticationFilter extends OncePerRequestFilter {

    static final String ROLE_AGENT = "ROLE_AGENT";

    private final AgentService agents;
    private final AuthenticationEntryPoint entryPoint;

    AgentAuthenticationFilter(AgentService agents, AuthenticationEntryPoint entryPoint) {
        this.agents = agents;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var identity = agents.authenticate(header.substring(7).strip());
        if (identity.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Agent credential rejected"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(identity.get(), null,
                List.of(new SimpleGrantedAuthority(ROLE_AGENT)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
