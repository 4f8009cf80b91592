package org.agreementtracker.reporting;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.agreementtracker.agreement.HistoryNote;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicator values of agreements. */
@Service
@Transactional
public class IndicatorService {

    private final JdbcClient jdbc;

    private final AgreementService agreements;

    private final IdentityService identityService;

    IndicatorService(JdbcClient jdbc, AgreementService agreements, IdentityService identityService) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.identityService = identityService;
    }

    public void report(String agreementId, List<IndicatorValue> values) {
        this.agreements.get(agreementId);
        List<FormError> errors = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            IndicatorValue value = values.get(i);
            String path = "indicator" + (i + 1);
            if (value.indicator() == null || value.indicator().isBlank()) {
                errors.add(FormError.of("required", path + ".indicator"));
            }
            if (value.value() == null) {
                errors.add(FormError.of("required", path + ".value"));
            }
            else if (value.value().signum() < 0) {
                errors.add(FormError.of("notNegative", path + ".value"));
            }
            if (value.unit() == null || value.unit().isBlank()) {
                errors.add(FormError.of("required", path + ".unit"));
            }
            if (value.qualifier() == null) {
                errors.add(FormError.of("required", path + ".qualifier"));
            }
            if (value.period() == null || value.period().isBlank()) {
                errors.add(FormError.of("required", path + ".period"));
            }
            if (value.source() == null || value.source().isBlank()) {
                errors.add(FormError.of("required", path + ".source"));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidFormDataException.of(errors);
        }
        var authentication = this.identityService.getCurrentAuthentication();
        String user = authentication == null ? "system" : authentication.getUserId();
        OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
        for (IndicatorValue value : values) {
            this.jdbc
                .sql("""
                        insert into tracker.indicator_value (agreement_id, indicator, value, unit, qualifier, period, source,
                            reported_by, reported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agreementId, value.indicator().trim().toUpperCase(), value.value(), value.unit().trim(),
                        value.qualifier().name(), value.period().trim(), value.source().trim(), user, now)
                .update();
        }
        this.agreements.note(agreementId, HistoryNote.of("indicatorsReported", values.size()));
    }

    /**
     * Targets of an agreement's indicators, replacing earlier ones of the same indicator.
     */
    public void setTarget(String agreementId, String indicator, java.math.BigDecimal target, String unit,
            Qualifier qualifier) {
        this.jdbc.sql("""
                insert into tracker.indicator_target (agreement_id, indicator, target, unit, qualifier)
                values (?, ?, ?, ?, ?) on conflict (agreement_id, indicator) do update
                set target = excluded.target, unit = excluded.unit, qualifier = excluded.qualifier""")
            .params(agreementId, indicator.trim().toUpperCase(), target, unit, qualifier.name())
            .update();
    }

    @Transactional(readOnly = true)
    public List<IndicatorTarget> targets(String agreementId) {
        return this.jdbc.sql(
                "select indicator, target, unit, qualifier from tracker.indicator_target where agreement_id = ? order by indicator")
            .param(agreementId)
            .query((rs, row) -> new IndicatorTarget(rs.getString(1), rs.getBigDecimal(2), rs.getString(3),
                    Qualifier.valueOf(rs.getString(4))))
            .list();
    }

    @Transactional(readOnly = true)
    public List<IndicatorValue> values(String agreementId) {
        return this.jdbc.sql("""
                select indicator, value, unit, qualifier, period, source from tracker.indicator_value
                where agreement_id = ? order by reported_at, id""")
            .param(agreementId)
            .query((rs, row) -> new IndicatorValue(rs.getString(1), rs.getBigDecimal(2), rs.getString(3),
                    Qualifier.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
            .list();
    }

}
