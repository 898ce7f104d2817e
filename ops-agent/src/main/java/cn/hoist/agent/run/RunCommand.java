package cn.hoist.agent.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import cn.hoist.agent.AgentApplication;
import cn.hoist.agent.ExitCodes;
import cn.hoist.agent.HomeOption;
import cn.hoist.agent.enrollment.Credential;
import cn.hoist.agent.enrollment.CredentialStore;
import cn.hoist.agent.protocol.ConsoleClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code ops-agent run}: the agent service, in the foreground (systemd or the Windows service wrapper keep it running). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the agent: monitor, back up and report to the console until stopped.",
                "Other options are Spring Boot settings, e.g. --hoist.agent.reporting.heartbeat-interval=10s."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    /** Any other option is a Spring Boot setting, e.g. --hoist.agent.reporting.heartbeat-interval=10s. */
    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() {
        Credential credential = new CredentialStore(home.agentHome().credentialFile(), ConsoleClient.defaultJson())
                .require();
        spec.commandLine().getOut().printf("ops-agent %s for shop \"%s\", reporting to %s%n", credential.agentId(),
                credential.shopName(), credential.console());
        List<String> args = new ArrayList<>(settings);
        args.add("--hoist.home=" + home.agentHome().home().toAbsolutePath());
        ConfigurableApplicationContext agent = SpringApplication.run(AgentApplication.class, args.toArray(String[]::new));
        CountDownLatch stopped = new CountDownLatch(1);
        agent.addApplicationListener((ContextClosedEvent closed) -> stopped.countDown());
        if (agent.isActive()) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ExitCodes.OK;
    }
}
