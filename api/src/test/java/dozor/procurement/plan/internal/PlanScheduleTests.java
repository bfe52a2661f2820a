package dozor.procurement.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import dozor.procurement.plan.PlanProperties;
import dozor.procurement.plan.PlanRunView;
import dozor.procurement.plan.PlanRuns;

class PlanScheduleTests {

    @Test
    void offByDefault() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new PlanSchedule(PlanProperties.defaults(), mock(PlanRuns.class)).configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void anIntervalRecordsARunOfEveryWarehouse() {
        PlanRuns runs = mock(PlanRuns.class);
        when(runs.record(null, PlanRuns.Trigger.SCHEDULED)).thenReturn(
                new PlanRunView(UUID.randomUUID(), null, Instant.now(), 12, "SCHEDULED", "system", 3, 1));
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new PlanSchedule(new PlanProperties(null, null, null, null, null, null, null, Duration.ofHours(24)), runs)
                .configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).hasSize(1);
        assertThat(registrar.getFixedDelayTaskList().get(0).getIntervalDuration()).isEqualTo(Duration.ofHours(24));
        registrar.getFixedDelayTaskList().get(0).getRunnable().run();
        verify(runs).record(null, PlanRuns.Trigger.SCHEDULED);
    }
}
