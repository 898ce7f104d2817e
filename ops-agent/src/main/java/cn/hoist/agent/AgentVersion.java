package cn.hoist.agent;

import picocli.CommandLine.IVersionProvider;

/** The agent's version, from the jar manifest (the Maven project version); {@code dev} when run from classes. */
public final class AgentVersion implements IVersionProvider {

    public static String current() {
        String version = AgentVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ops-agent " + current(), "Java " + System.getProperty("java.version") + " on "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }
}
