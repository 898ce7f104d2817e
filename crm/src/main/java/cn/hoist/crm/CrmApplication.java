package cn.hoist.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import cn.hoist.platform.web.StrictInput;

/** The shop's CRM and work-order system. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class CrmApplication {

    /** Starts the CRM; with a command first ({@link CrmCommand}), runs that instead. */
    public static void main(String[] args) {
        if (CrmCommand.isCommand(args)) {
            System.exit(CrmCommand.commandLine().execute(args));
        }
        SpringApplication.run(CrmApplication.class, args);
    }

    /** People type the CRM's JSON: no NUL or unpaired surrogate in any text ({@link StrictInput#applyToText}). */
    @Bean
    JsonMapperBuilderCustomizer strictJsonText() {
        return StrictInput::applyToText;
    }
}
