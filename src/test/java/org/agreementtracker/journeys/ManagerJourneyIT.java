package org.agreementtracker.journeys;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Download;
import org.agreementtracker.agreement.process.JointStatements;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A manager in Cockpit: the agreement process with its tokens, the Agreements dashboard
 * with the overdue memorandum's escalation and the progress chart, and the agreement tab
 * of an instance.
 */
class ManagerJourneyIT extends JourneySupport {

    @Test
    void aManagerFollowsAgreementsInCockpit() {
        String overdue = JointStatements.uniqueId("AGR-MGR-OVERDUE");
        LocalDate stated = LocalDate.now().minusDays(50);
        importAgreement("""
                id: %s
                title: Regional compact, overdue
                instrumentType: REGIONAL_COMPACT
                dateSigned: %s
                leadParty: us
                parties:
                  - {name: DHS, country: us, role: SIGNATORY}
                  - {name: Security ministry of Honduras, country: hn, role: SIGNATORY}
                areas: [BORDER_SECURITY]
                commitments: [{text: share information to secure our borders, areas: [INFORMATION_SHARING]}]
                finalTextDue: {stated: next month, date: %s}
                """.formatted(overdue, stated, stated.plusDays(39)));
        fire(overdue, "StartEvent_FinalTextOverdue");
        String signed = JointStatements.uniqueId("AGR-MGR-SIGNED");
        importAgreement(
                """
                        id: %s
                        title: Memorandum with progress
                        instrumentType: BILATERAL_MOC
                        dateSigned: %s
                        leadParty: us
                        parties:
                          - {name: DHS, country: us, role: SIGNATORY}
                          - {name: Ministry of Government, country: gt, role: SIGNATORY}
                        commitments:
                          - {text: Train investigators, areas: [HUMAN_TRAFFICKING_AND_SMUGGLING], status: {level: FULL, evidence: report, source: DHS, reliability: OFFICIAL}}
                          - {text: Share data, areas: [INFORMATION_SHARING], status: {level: MINIMAL, evidence: readout, source: DHS, reliability: OFFICIAL}}
                        finalTextDue: {date: %s}
                        signature: {signedOn: %s, place: Guatemala City, signatories: Both, documentRef: doc}
                        """
                    .formatted(signed, LocalDate.now().minusDays(5), LocalDate.now().minusDays(5),
                            LocalDate.now().minusDays(5)));

        try (Browser.Session manager = browser().open("journey3-manager", "en-US")) {
            Page page = manager.page();
            Tasklist.logInForm(page, "/camunda/app/cockpit/default/", "manager", "manager");

            // The dashboard, at the top: agreements, the late final text, who holds it,
            // the
            // escalation, the chart
            page.waitForFunction("() => { const section = document.querySelector('section.agreement-tracker-section');"
                    + " return section && section.parentNode.firstElementChild === section; }");
            assertThat(page.locator("section.agreement-tracker-section header .section-title")).hasText("Agreements");
            Locator row = page.locator(".agreements-table tr[data-agreement='" + overdue + "']");
            assertThat(row).containsText("Drafting");
            assertThat(row.locator(".overdue-count")).containsText("late by 11 d");
            assertThat(row.locator(".waiting-on")).containsText("Draft memorandum text (Coordinators: United States");
            assertThat(row.locator(".escalation-count")).hasText("1");
            assertThat(page.locator(".party-tallies tr[data-party='us']")).isVisible();
            assertThat(page.locator(".agreements-chart canvas")).isVisible();
            assertThat(page.locator(".agreements-table tr[data-agreement='" + signed + "']")).containsText("67 %");
            manager.screenshot("30-cockpit-agreements-dashboard");

            // One click exports the late items as a spreadsheet
            Download download = page.waitForDownload(() -> page.locator("a[data-export='late-items-xlsx']").click());
            try (XSSFWorkbook workbook = new XSSFWorkbook(download.createReadStream())) {
                Sheet sheet = workbook.getSheetAt(0);
                org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Agreement id");
                boolean found = false;
                for (Row line : sheet) {
                    if (overdue.equals(line.getCell(0).getStringCellValue())
                            && "Final text of the memorandum".equals(line.getCell(2).getStringCellValue())) {
                        org.assertj.core.api.Assertions.assertThat(line.getCell(6).getNumericCellValue())
                            .isEqualTo(11.0);
                        found = true;
                    }
                }
                org.assertj.core.api.Assertions.assertThat(found).as("the late final text is exported").isTrue();
            }
            catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }

            // The process with its tokens where the work stands
            row.locator("a").click();
            assertThat(page.locator("dl.process-information")).isVisible();
            assertThat(page
                .locator(".djs-overlays[data-container-id='UserTask_DraftMemorandumText'] .badge.instance-count"))
                .hasText("1");
            assertThat(page
                .locator(".djs-overlays[data-container-id='UserTask_EscalateOverdueMemorandum'] .badge.instance-count"))
                .hasText("1");
            manager.screenshot("31-cockpit-instance-tokens");

            // The agreement tab
            page.locator("[cam-tabs] ul.nav-tabs a")
                .filter(new Locator.FilterOptions().setHasText(Tasklist.text("^Agreement$")))
                .click();
            Locator tab = page.locator(".agreement-tab");
            assertThat(tab).containsText("Regional compact, overdue");
            assertThat(tab.locator("table.commitments")).containsText("share information to secure our borders");
            assertThat(tab.locator("table.history")).containsText("Final text overdue");
            assertThat(tab.locator("table.deadlines")).containsText("Final text of the memorandum");
            assertThat(tab.locator("table.deadlines")).containsText("late by 11 d");
            manager.screenshot("32-cockpit-agreement-tab");

            // A new partner: registered from the dashboard, with its group
            page.navigate("/camunda/app/cockpit/default/#/dashboard");
            Locator parties = page.locator(".agreement-tracker-parties");
            // Cockpit may draw the dashboard twice while it settles: open the form that
            // stays
            org.awaitility.Awaitility.await("the party form opens")
                .atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> {
                    if (!parties.locator("input[name=code]").isVisible()) {
                        parties.locator("details:not(.change-party-details) > summary").click();
                        try {
                            parties.locator("input[name=code]").waitFor(new Locator.WaitForOptions().setTimeout(2000));
                        }
                        catch (com.microsoft.playwright.TimeoutError ex) {
                            return false;
                        }
                    }
                    return parties.locator("input[name=code]").isVisible();
                });
            Locator register = parties.locator("form.register-party");
            register.locator("input[name=code]").fill("bz");
            register.locator("input[name=name]").fill("Belize");
            register.locator("input[name=nameEs]").fill("Belice");
            register.locator("button[type=submit]").click();
            assertThat(parties.locator(".register-message")).containsText("Registered: Belize");
            assertThat(parties.locator(".party-list")).containsText("Belize");
            manager.screenshot("34-cockpit-register-party");
        }

        // Cockpit and our plugin follow the viewer's browser language.
        try (Browser.Session spanish = browser().open("journey3-manager-es", "es-ES")) {
            Page page = spanish.page();
            Tasklist.logInForm(page, "/camunda/app/cockpit/default/", "manager", "manager");
            assertThat(page.locator("section.agreement-tracker-section header .section-title")).hasText("Acuerdos");
            Locator row = page.locator(".agreements-table tr[data-agreement='" + overdue + "']");
            assertThat(row).containsText("Redacción");
            assertThat(page.locator(".agreements-table thead")).containsText("Próxima reunión");
            assertThat(row.locator(".overdue-count")).containsText("vencido hace 11 d");
            assertThat(row.locator(".waiting-on")).containsText("Coordinadores: Estados Unidos");
            assertThat(page.locator("body")).containsText("Tareas humanas");
            spanish.screenshot("33-cockpit-dashboard-spanish");

            // The partner registered above gets its full Spanish name
            Locator parties = page.locator(".agreement-tracker-parties").last();
            parties.locator(".change-party-details > summary").click();
            Locator change = parties.locator("form.change-party");
            change.locator("select[name=code]").selectOption("bz");
            assertThat(change.locator("input[name=name]")).hasValue("Belize");
            change.locator("input[name=nameEs]").fill("Belice (Estado)");
            change.locator("button[type=submit]").click();
            assertThat(parties.locator(".register-message")).containsText("Guardada: Belice (Estado) (bz)");
            assertThat(parties.locator(".party-list")).containsText("Belice (Estado)");
            spanish.screenshot("35-cockpit-change-party-spanish");
        }
    }

}
