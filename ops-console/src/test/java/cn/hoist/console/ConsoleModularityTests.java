package cn.hoist.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ConsoleModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ConsoleApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("fleet", "ingest", "monitoring", "runbook", "security", "admin", "incident");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
