package cn.hoist.agent.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Quartz stays behind our JobScheduler: only cn.hoist.agent.scheduling.. may use it (or Spring's Quartz support). */
class SchedulingIsolationTests {

    @Test
    void onlyTheSchedulingModuleUsesQuartz() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.hoist.agent");
        noClasses().that().resideOutsideOfPackage("cn.hoist.agent.scheduling..")
                .should().dependOnClassesThat().resideInAnyPackage("org.quartz..",
                        "org.springframework.scheduling.quartz..", "org.springframework.boot.quartz..")
                .check(classes);
    }
}
