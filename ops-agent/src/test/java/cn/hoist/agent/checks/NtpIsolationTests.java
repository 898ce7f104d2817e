package cn.hoist.agent.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Apache Commons Net stays behind our own interfaces: its NTP client only in cn.hoist.agent.checks.ntp, the rest only
 * in the backup module's transfer package (see TransferIsolationTests).
 */
class NtpIsolationTests {

    @Test
    void onlyTheNtpPackageUsesCommonsNet() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.hoist.agent");
        noClasses().that().resideOutsideOfPackage("cn.hoist.agent.checks.ntp..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.net.ntp..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("cn.hoist.agent.checks.ntp..", "cn.hoist.agent.backup.transfer..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.net..")
                .check(classes);
    }
}
