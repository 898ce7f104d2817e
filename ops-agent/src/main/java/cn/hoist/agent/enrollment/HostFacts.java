package cn.hoist.agent.enrollment;

import java.net.InetAddress;
import java.net.UnknownHostException;

import cn.hoist.agent.AgentVersion;
import cn.hoist.agent.protocol.Messages;

/** What the agent tells the console about the machine it runs on. */
public final class HostFacts {

    private HostFacts() {
    }

    public static Messages.AgentInfo current() {
        return new Messages.AgentInfo(hostname(), os(), AgentVersion.current());
    }

    static String hostname() {
        String env = System.getenv("HOSTNAME");
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? fallback(env) : name;
        } catch (UnknownHostException e) {
            return fallback(env);
        }
    }

    private static String fallback(String env) {
        return env == null || env.isBlank() ? "unknown-host" : env;
    }

    static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
    }
}
