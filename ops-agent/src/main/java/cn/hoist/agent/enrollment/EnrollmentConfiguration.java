package cn.hoist.agent.enrollment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.hoist.agent.AgentHome;
import cn.hoist.agent.protocol.ConsoleClient;

/** The running agent's credential, read once at start from the file {@code enroll} wrote. */
@Configuration(proxyBeanMethods = false)
class EnrollmentConfiguration {

    @Bean
    CredentialStore credentialStore(AgentHome home) {
        return new CredentialStore(home.credentialFile(), ConsoleClient.defaultJson());
    }

    @Bean
    Credential credential(CredentialStore store) {
        return store.require();
    }
}
