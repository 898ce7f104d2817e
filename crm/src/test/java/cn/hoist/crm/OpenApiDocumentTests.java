package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes each request body with its own schema (nested records share simple names). */
@CrmTest
class OpenApiDocumentTests {

    @LocalServerPort
    int port;

    @Test
    void eachRequestBodyHasItsOwnSchema() {
        JsonNode document = new HttpTester("http://localhost:" + port).get("/v3/api-docs")
                .basic("admin", CrmTest.ADMIN_PASSWORD).send().json();
        Map<String, String> expected = Map.of(
                "/api/customers/{id}/consents", "purpose",
                "/api/customers/{id}/contacts", "relation",
                "/api/customers/{id}/addresses", "address",
                "/api/vehicles/{id}/odometer", "readOn");
        expected.forEach((path, property) -> {
            JsonNode post = document.path("paths").path(path).path("post");
            if (post.isMissingNode()) {
                return; // not every path takes a body of its own kind
            }
            String ref = post.path("requestBody").path("content").path("application/json").path("schema")
                    .path("$ref").asString();
            JsonNode schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(schema.path("properties").has(property)).as(path + " → " + ref).isTrue();
        });
        assertThat(document.path("paths").path("/api/customers/{id}/consents").path("post").isMissingNode()).isFalse();
    }
}
