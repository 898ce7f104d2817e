package cn.hoist.agent;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import cn.hoist.platform.HoistProperties;

/** The long-running agent service that {@code ops-agent run} starts. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class AgentApplication {

    @Bean
    AgentHome agentHome(HoistProperties properties) {
        return new AgentHome(properties.home());
    }
}
