package cn.hoist.agent;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import cn.hoist.platform.HoistProperties;

/** The long-running agent service that {@code ops-agent run} starts. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AgentApplication {

    @Bean
    AgentHome agentHome(HoistProperties properties) {
        return new AgentHome(properties.home());
    }
}
