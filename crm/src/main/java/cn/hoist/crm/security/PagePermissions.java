package cn.hoist.crm.security;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code can} on every page: which actions the signed-in role has, so pages offer only those. The
 * services check again; this only keeps buttons that would be refused off the screen. Added when a
 * view is rendered, so API calls (answered without a view) do not pay for it.
 */
@Component
class PagePermissions implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page != null && page.getViewName() != null && !page.getViewName().startsWith("redirect:")) {
            page.addObject("can", can(SecurityContextHolder.getContext().getAuthentication()));
        }
    }

    static Map<String, Boolean> can(Authentication authentication) {
        Set<String> roles = authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).map(a -> a.replaceFirst("^ROLE_", ""))
                .collect(Collectors.toSet());
        boolean admin = roles.contains(Roles.ADMIN);
        boolean manager = admin || roles.contains(Roles.MANAGER);
        boolean desk = manager || roles.contains(Roles.SERVICE_ADVISOR) || roles.contains(Roles.FRONT_DESK);
        return Map.of("edit", desk, "revealContact", desk, "revealIdNumber", manager, "manage", manager,
                "audit", manager, "admin", admin);
    }
}
