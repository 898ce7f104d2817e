package cn.hoist.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * What the pages offer each role ({@link PagePermissions}) is what the services allow it ({@link Permissions}): the
 * two are written separately (the one as role sets, the other as {@code @PreAuthorize} expressions), and a change to
 * one alone would show buttons that are refused or hide ones that work.
 */
class PagePermissionsTests {

    private static final Map<String, String> PAGE_TO_SERVICE = Map.of(
            "edit", Permissions.EDIT_CUSTOMERS,
            "revealContact", Permissions.REVEAL_CONTACT,
            "revealIdNumber", Permissions.REVEAL_ID_NUMBER,
            "manage", Permissions.MANAGE_CUSTOMERS,
            "audit", Permissions.READ_AUDIT,
            "admin", Permissions.MANAGE_STAFF);

    @Test
    void everyRoleIsOfferedOnThePagesExactlyWhatTheServicesAllowIt() {
        for (String role : Roles.STAFF) {
            Authentication user = UsernamePasswordAuthenticationToken.authenticated(role.toLowerCase(), null,
                    AuthorityUtils.createAuthorityList("ROLE_" + role));
            Map<String, Boolean> offered = PagePermissions.can(user);
            assertThat(offered.keySet()).as(role).isEqualTo(PAGE_TO_SERVICE.keySet());
            PAGE_TO_SERVICE.forEach((action, expression) -> assertThat(offered.get(action))
                    .as("%s may %s", role, action).isEqualTo(allows(expression, user)));
        }
    }

    @Test
    void nobodySignedInIsOfferedNothing() {
        assertThat(PagePermissions.can(null)).doesNotContainValue(true);
    }

    private static boolean allows(String expression, Authentication user) {
        SecurityExpressionRoot root = new SecurityExpressionRoot(user) {
        };
        return Boolean.TRUE.equals(new SpelExpressionParser().parseExpression(expression)
                .getValue(new StandardEvaluationContext(root), Boolean.class));
    }
}
