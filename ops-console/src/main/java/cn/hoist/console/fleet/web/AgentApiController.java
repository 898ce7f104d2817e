package cn.hoist.console.fleet.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.console.fleet.Agent;
import cn.hoist.console.fleet.AgentService;

/** {@code /api/agents}: one agent, and revoking its credential. */
@RestController
@RequestMapping("/api/agents")
class AgentApiController {

    private final AgentService agents;

    AgentApiController(AgentService agents) {
        this.agents = agents;
    }

    @GetMapping("/{id}")
    Agent get(@PathVariable UUID id) {
        return agents.get(id);
    }

    @PostMapping("/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        agents.revoke(id);
    }
}
