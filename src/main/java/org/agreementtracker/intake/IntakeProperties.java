package org.agreementtracker.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param importFolder a folder whose agreement files ({@code *.yaml}, {@code *.yml},
 * {@code *.json}) are imported at every start; empty for none
 * @param demoData load the demonstration agreements on the embedded database
 * @param maxFileSize the largest agreement file accepted
 * @param applyChanges apply what a changed file in the import folder changes (as
 * {@code ?apply=true} does); otherwise its differences are only logged
 */
@ConfigurationProperties("agreement-tracker.intake")
record IntakeProperties(String importFolder, @DefaultValue("true") boolean demoData,
        @DefaultValue("1MB") DataSize maxFileSize, @DefaultValue("false") boolean applyChanges) {

}
