package cn.hoist.agent.enrollment;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.Callable;

import cn.hoist.agent.AgentException;
import cn.hoist.agent.ExitCodes;
import cn.hoist.agent.HomeOption;
import cn.hoist.agent.protocol.ConsoleClient;
import cn.hoist.agent.protocol.ConsoleException;
import cn.hoist.agent.protocol.Messages;
import cn.hoist.platform.Timestamps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ops-agent enroll --console URL --code CODE}: exchanges a one-time code for this agent's credential. */
@Command(name = "enroll", mixinStandardHelpOptions = true,
        description = "Enroll this agent with the console, using a one-time code created there.")
public final class EnrollCommand implements Callable<Integer> {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Option(names = "--console", required = true, paramLabel = "URL", description = "The console's address, e.g. https://ops.example.cn")
    URI console;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "The one-time enrollment code, e.g. K7QM-4XPA-9RTZ")
    String code;

    @Option(names = "--allow-http", description = "Allow plain HTTP to a console that is not on this machine (not recommended).")
    boolean allowHttp;

    @Option(names = "--force", description = "Enroll again even though this agent already has a credential.")
    boolean force;

    @Override
    public Integer call() {
        URI base = checkedConsole();
        CredentialStore store = new CredentialStore(home.agentHome().credentialFile(), ConsoleClient.defaultJson());
        store.load().filter(existing -> !force).ifPresent(existing -> {
            throw new AgentException(ExitCodes.USAGE, "this agent is already enrolled as " + existing.agentId()
                    + " for " + existing.shopName() + "; add --force to enroll it again");
        });
        Messages.EnrollResponse enrolled;
        try {
            enrolled = new ConsoleClient(base, ConsoleClient.defaultJson())
                    .enroll(new Messages.EnrollRequest(Messages.PROTOCOL, code, HostFacts.current()));
        } catch (ConsoleException e) {
            int exit = e.kind() == ConsoleException.Kind.UNREACHABLE ? ExitCodes.UNREACHABLE : ExitCodes.REJECTED;
            throw new AgentException(exit, "enrollment failed: " + e.getMessage(), e);
        }
        store.save(new Credential(base, enrolled.agentId(), enrolled.shopId(), enrolled.shopName(),
                enrolled.credential(), Timestamps.now(java.time.Clock.systemUTC())));
        spec.commandLine().getOut().printf("Enrolled as agent %s for shop \"%s\".%nCredential saved to %s "
                + "(readable by this user only).%nStart the agent with: ops-agent run%n",
                enrolled.agentId(), enrolled.shopName(), store.file());
        return ExitCodes.OK;
    }

    private URI checkedConsole() {
        String scheme = console.getScheme();
        if (scheme == null || console.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new AgentException(ExitCodes.USAGE, "--console must be an http(s) address such as "
                    + "https://ops.example.cn, not " + console);
        }
        if (scheme.equals("http") && !allowHttp && !LOOPBACK.contains(console.getHost())) {
            throw new AgentException(ExitCodes.USAGE, "refusing plain HTTP to " + console.getHost()
                    + ": the credential would cross the network unencrypted; use https (or --allow-http)");
        }
        String text = console.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }
}
