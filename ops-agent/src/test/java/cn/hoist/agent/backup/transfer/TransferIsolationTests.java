package cn.hoist.agent.backup.transfer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * File transfer libraries stay behind our TransferTarget: Commons Net's FTP client and any SSH library only in
 * cn.hoist.agent.backup.transfer, and the rest of the backup module sees only our interface.
 */
class TransferIsolationTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.hoist.agent");

    @Test
    void onlyTheTransferPackageUsesFtpOrSshLibraries() {
        noClasses().that().resideOutsideOfPackage("cn.hoist.agent.backup.transfer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.net.ftp..",
                        "org.apache.sshd..", "com.jcraft..", "net.schmizz..", "com.hierynomus..")
                .check(classes);
    }

    @Test
    void theRestOfTheBackupModuleUsesOnlyOurInterface() {
        noClasses().that().resideInAPackage("cn.hoist.agent.backup..")
                .and().resideOutsideOfPackage("cn.hoist.agent.backup.transfer..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.net..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
