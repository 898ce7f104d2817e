package cn.hoist.agent.snmp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** SNMP4J stays behind our SNMP API: only cn.hoist.agent.snmp.. may use it. */
class SnmpIsolationTests {

    @Test
    void onlyTheSnmpPackageUsesSnmp4j() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.hoist.agent");
        noClasses().that().resideOutsideOfPackage("cn.hoist.agent.snmp..")
                .should().dependOnClassesThat().resideInAPackage("org.snmp4j..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void profilesAndCliUseOnlyOurApi() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.hoist.agent.snmp");
        noClasses().that().resideInAnyPackage("cn.hoist.agent.snmp.profile..", "cn.hoist.agent.snmp.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.snmp4j..", "cn.hoist.agent.snmp.internal..")
                .check(classes);
    }
}
