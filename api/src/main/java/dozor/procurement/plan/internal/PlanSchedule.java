package dozor.procurement.plan.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import dozor.procurement.plan.PlanProperties;
import dozor.procurement.plan.PlanRuns;

/**
 * Records a plan run of every warehouse every {@code dozor.procurement.plan.schedule} (off when zero, the default,
 * so tests and a fresh install record nothing by themselves). Its forecasts are what plan accuracy is judged by.
 */
@Component
class PlanSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PlanSchedule.class);

    private final PlanProperties settings;

    private final PlanRuns runs;

    PlanSchedule(PlanProperties settings, PlanRuns runs) {
        this.settings = settings;
        this.runs = runs;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!settings.schedule().isZero() && !settings.schedule().isNegative()) {
            registrar.addFixedDelayTask(this::run, settings.schedule());
        }
    }

    void run() {
        try {
            var run = runs.record(null, PlanRuns.Trigger.SCHEDULED);
            log.info("Reorder plan recorded: run {}, {} lines, {} proposals", run.id(), run.lines(), run.proposals());
        } catch (RuntimeException e) {
            // The next interval tries again; a failed run leaves nothing behind (one transaction).
            log.warn("Reorder plan run failed", e);
        }
    }
}
