package cn.hoist.crm.security;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code can} on every page: which actions the signed-in role has, so pages offer only those. The
 * services check again; this only keeps buttons that would be refused off the screen.
 */
@ControllerAdvice(annotations = Controller.class)
class PagePermissions {

    @ModelAttribute("can")
    Map<String, Boolean> can(Authentication authentication) {
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
