package dozor.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dozor.api.security.AppUsers;
import dozor.api.security.Role;
import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaEscalated;
import dozor.events.sla.SlaEvent;
import dozor.events.sla.SlaWarning;
import dozor.events.work.TaskAssigned;
import dozor.events.work.TaskCreated;
import dozor.notifications.Notice;
import dozor.notifications.NoticeType;
import dozor.notifications.Notifications;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestView;
import dozor.work.Department;
import dozor.work.TaskKind;
import dozor.work.WorkManagement;

/**
 * Tells people what needs them: the escalation ladder's rungs (assignee → department head → manager), warnings
 * and breaches of their clocks, tasks given to them. Every notice is keyed by its event id, so an event delivered
 * twice notifies once. Facts older than a day (a replay, demo history) are not announced.
 */
@Component
class Alerts {

    private static final Duration STALE = Duration.ofHours(24);

    private static final String[] TARGETS_RU = { "FIRST_RESPONSE", "первая реакция", "RESOLUTION", "решение",
            "LEG", "этап отдела" };

    private final Notifications notifications;

    private final ServiceRequestManagement requests;

    private final WorkManagement work;

    private final AppUsers users;

    private final Clock clock;

    Alerts(Notifications notifications, ServiceRequestManagement requests, WorkManagement work, AppUsers users,
            Clock clock) {
        this.notifications = notifications;
        this.requests = requests;
        this.work = work;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(SlaEscalated event) {
        Set<String> to = audience(event.audience(), event.department(), event.assignee());
        notify(event, NoticeType.SLA_ESCALATED, to, "Эскалация " + event.level() + ": ",
                "нужно вмешательство (" + target(event.target()) + ")");
    }

    @EventListener
    void on(SlaWarning event) {
        notify(event, NoticeType.SLA_WARNING, audience("ASSIGNEE", event.department(), event.assignee()),
                "Скоро срок: ", "использовано 80 % времени (" + target(event.target()) + ")");
    }

    @EventListener
    void on(SlaBreached event) {
        notify(event, NoticeType.SLA_BREACHED, audience("ASSIGNEE", event.department(), event.assignee()),
                "Срок нарушен: ", target(event.target()) + " не уложилась в срок");
    }

    @EventListener
    void on(TaskCreated event) {
        if (event.assignee() != null) {
            assigned(event.eventId(), event.requestId(), event.assignee(), event.kind());
        }
    }

    @EventListener
    void on(TaskAssigned event) {
        // whoever takes a task themselves needs no notice of it
        if (event.assignee() != null && !event.assignee().equals(event.actor())) {
            assigned(event.eventId(), event.requestId(), event.assignee(),
                    work.task(event.taskId()).map(t -> t.kind().name()).orElse(null));
        }
    }

    private void assigned(UUID eventId, UUID requestId, String assignee, String kind) {
        requests.find(requestId).ifPresent(r -> notifications.notify(Notice.of(NoticeType.TASK_ASSIGNED,
                "task-assigned:" + eventId, Set.of(assignee), "Вам назначена работа по заявке " + r.number(),
                (kind == null ? "" : TaskKind.valueOf(kind).title() + ": ") + r.customerName() + ", " + r.deviceModel())
                .withLink("/requests/" + requestId).withEntity("ServiceRequest", requestId.toString())));
    }

    private void notify(SlaEvent event, NoticeType type, Set<String> to, String prefix, String text) {
        if (to.isEmpty() || event.occurredAt().isBefore(clock.instant().minus(STALE))) {
            return;
        }
        ServiceRequestView r = requests.find(event.requestId()).orElse(null);
        if (r == null) {
            return;
        }
        notifications.notify(Notice.of(type, type.name().toLowerCase() + ":" + event.eventId(), to,
                prefix + "заявка " + r.number() + " (" + r.priority() + ")",
                r.customerName() + ": " + text).withLink("/requests/" + r.id())
                .withEntity("ServiceRequest", r.id().toString()));
    }

    /** Leg clocks go to the task's people; request clocks to the dispatchers and managers. */
    private Set<String> audience(String audience, String department, String assignee) {
        Set<String> to = new LinkedHashSet<>();
        boolean leg = department != null;
        switch (audience) {
            case "ASSIGNEE" -> {
                if (leg && assignee != null) {
                    to.add(assignee);
                }
                else if (!leg) {
                    to.addAll(users.withRole(Role.DISPATCHER));
                }
            }
            case "DEPARTMENT_HEAD" -> {
                if (leg) {
                    work.departmentHead(Department.valueOf(department)).ifPresent(to::add);
                }
                if (to.isEmpty()) {
                    to.addAll(users.withRole(Role.MANAGER));
                }
            }
            default -> to.addAll(users.withRole(Role.MANAGER));
        }
        return to;
    }

    private static String target(String target) {
        for (int i = 0; i < TARGETS_RU.length; i += 2) {
            if (TARGETS_RU[i].equals(target)) {
                return TARGETS_RU[i + 1];
            }
        }
        return target;
    }

}
