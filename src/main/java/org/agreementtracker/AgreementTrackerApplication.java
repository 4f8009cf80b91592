package org.agreementtracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AgreementTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AgreementTrackerApplication.class, args);
    }

}
