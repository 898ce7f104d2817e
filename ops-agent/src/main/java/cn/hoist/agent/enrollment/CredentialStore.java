package cn.hoist.agent.enrollment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import cn.hoist.agent.AgentException;
import cn.hoist.agent.ExitCodes;
import cn.hoist.platform.secrets.OwnerOnlyFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The agent's credential in {@code HOIST_HOME/agent/credential.json}, readable by its owner only. */
public class CredentialStore {

    private final Path file;
    private final JsonMapper json;

    public CredentialStore(Path file, JsonMapper json) {
        this.file = file;
        this.json = json;
    }

    public void save(Credential credential) {
        OwnerOnlyFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(credential) + "\n");
    }

    public Optional<Credential> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!OwnerOnlyFiles.isOwnerOnly(file)) {
            throw new AgentException(ExitCodes.USAGE, file + " is readable by other users; run: chmod 600 " + file);
        }
        try {
            return Optional.of(json.readValue(OwnerOnlyFiles.read(file), Credential.class));
        } catch (JacksonException e) {
            throw new AgentException(ExitCodes.USAGE, file + " is damaged (" + e.getOriginalMessage()
                    + "); enroll the agent again", e);
        }
    }

    /** The credential, or a clear failure telling the engineer to enroll first. */
    public Credential require() {
        return load().orElseThrow(() -> new AgentException(ExitCodes.NOT_ENROLLED,
                "this agent is not enrolled (no " + file + "); run: ops-agent enroll --console URL --code CODE"));
    }

    public Path file() {
        return file;
    }
}
