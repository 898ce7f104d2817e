package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class CrmModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CrmApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** The direction later features build on (docs/architecture.md): customer below vehicle, profile on top. */
    @Test
    void customersKnowNoVehiclesAndNothingDependsOnTheProfile() {
        assertThat(module("customer").getDirectDependencies(modules).containsModuleNamed("vehicle")).isFalse();
        assertThat(module("vehicle").getDirectDependencies(modules).containsModuleNamed("customer")).isTrue();
        assertThat(modules.stream().filter(m -> m.getDirectDependencies(modules).containsModuleNamed("profile"))
                .map(ApplicationModule::getIdentifier)).isEmpty();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private ApplicationModule module(String name) {
        return modules.getModuleByName(name).orElseThrow();
    }
}
