package dozor.batch.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dozor.batch.dw.DwRefreshJobConfiguration;

/** Keeps the warehouse fresh without anyone pressing a button. */
@Component
@ConditionalOnProperty(name = "dozor.batch.dw-refresh.scheduled", havingValue = "true", matchIfMissing = true)
class DwRefreshSchedule {

    private static final Logger log = LoggerFactory.getLogger(DwRefreshSchedule.class);

    private final JobRunner runner;

    DwRefreshSchedule(JobRunner runner) {
        this.runner = runner;
    }

    @Scheduled(initialDelayString = "${dozor.batch.dw-refresh.first-run:PT30S}",
            fixedDelayString = "${dozor.batch.dw-refresh.every:PT10M}")
    void refresh() {
        JobRunner.StartResult result = runner.start(DwRefreshJobConfiguration.JOB, "scheduler");
        log.info("Scheduled {}: {}", DwRefreshJobConfiguration.JOB, result);
    }
}
