package cn.hoist.crm.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.PageSession;

/** Admins manage users and stores on pages; what they set is what the users can then do. */
@CrmTest
class StaffAdminPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminOpensAStoreAndGivesANewUserRolesThere() {
        PageSession admin = PageSession.signIn(port, "admin", CrmTest.ADMIN_PASSWORD);
        String code = "S" + CrmTestData.mobile().substring(5);
        var store = admin.submit("/admin/stores", "/admin/stores", Map.of("code", code, "name", "朝阳店"));
        assertThat(store.status()).isEqualTo(302);
        String storeId = jdbc.sql("select id from store where code = ?").param(code).query(String.class).single();
        String username = "advisor" + code.toLowerCase();
        var created = admin.submit("/admin/users", "/admin/users", Map.of("username", username, "displayName", "刘顾问",
                "roles", "SERVICE_ADVISOR", "storeId", storeId, "enabled", "true", "password", "advisor-password-1"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains(username).contains("朝阳店").contains("服务顾问");

        PageSession advisor = PageSession.signIn(port, username, "advisor-password-1");
        assertThat(advisor.get("/customers").status()).isEqualTo(200);
        assertThat(advisor.get("/admin/users").status()).isEqualTo(403);

        var disabled = admin.submit("/admin/users/" + username, "/admin/users/" + username,
                Map.of("username", username, "roles", "SERVICE_ADVISOR", "password", ""));
        assertThat(disabled.status()).isEqualTo(302);
        assertThat(advisor.http().get("/api/customers").basic(username, "advisor-password-1").send().status())
                .as("a disabled account is refused at once").isEqualTo(401);
    }

    @Test
    void badFormsAreShownAgainWithTheirErrors() {
        PageSession admin = PageSession.signIn(port, "admin", CrmTest.ADMIN_PASSWORD);
        var page = admin.submit("/admin/users", "/admin/users", Map.of("username", "X", "password", "short"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("用户名为 3–64 位").contains("请至少选择一个角色").contains("密码至少 12 位");
        var lastAdmin = admin.submit("/admin/users/admin", "/admin/users/admin",
                Map.of("username", "admin", "roles", "MANAGER", "enabled", "true"));
        assertThat(lastAdmin.body()).contains("不能停用或取消最后一个管理员");
    }
}
